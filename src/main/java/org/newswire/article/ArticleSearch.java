package org.newswire.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.newswire.config.NewswireConfig;
import org.newswire.quote.Quote;
import org.newswire.search.SearchIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the full-text index in step with the database: an article and its quotes are (re)indexed
 * after they are committed and removed after a delete; at start-up an index that does not match
 * the database is rebuilt from it.
 */
@Singleton
public class ArticleSearch {

    private static final Logger LOG = Logger.getLogger(ArticleSearch.class);
    /** The most hits a search considers before filters and paging. */
    static final int MAX_HITS = 10_000;

    private final SearchIndex index;

    @Inject
    public ArticleSearch(NewswireConfig config) {
        String path = config.search().indexPath();
        this.index = "memory".equals(path) ? SearchIndex.inMemory() : SearchIndex.onDisk(Path.of(path));
    }

    /**
     * A process killed between a database commit and the index commit leaves them apart; the
     * article count tells, and the database is the truth the index is rebuilt from.
     */
    void rebuildIfStale(@Observes StartupEvent event) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() ->
                Article.getEntityManager().createQuery("select a.id from Article a", Long.class).getResultList());
        if (index.count(SearchIndex.Kind.ARTICLE) == ids.size()) {
            return;
        }
        index.clear();
        ids.forEach(this::reindex);
        LOG.infof("Search index rebuilt from %d stored articles", ids.size());
    }

    /** Indexes the committed state of an article and its quotes (nothing when it is gone). */
    public void reindex(long articleId) {
        List<SearchIndex.Entry> entries = QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(articleId);
            List<SearchIndex.Entry> out = new ArrayList<>();
            if (article != null) {
                out.add(new SearchIndex.Entry(SearchIndex.Kind.ARTICLE, article.id, article.id, article.title, article.text));
                for (Quote q : Quote.<Quote>list("article.id", articleId)) {
                    out.add(new SearchIndex.Entry(SearchIndex.Kind.QUOTE, q.id, articleId, null, q.text));
                }
            }
            return out;
        });
        index.replaceArticle(articleId, entries);
    }

    public void remove(long articleId) {
        index.removeArticle(articleId);
    }

    public List<SearchIndex.Hit> articles(String query) {
        return index.search(SearchIndex.Kind.ARTICLE, query, MAX_HITS);
    }

    public List<SearchIndex.Hit> quotes(String query) {
        return index.search(SearchIndex.Kind.QUOTE, query, MAX_HITS);
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
