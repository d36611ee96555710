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
import org.newswire.cache.ReadCache;
import org.newswire.runtime.DaemonThreads;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the full-text index in step with the database: an article and its quotes are (re)indexed
 * after they are committed and removed after a delete, the index is committed to disk every second,
 * and it catches up with the database at start-up and every ten seconds (other instances write too).
 */
@Singleton
public class ArticleSearch {

    private static final Logger LOG = Logger.getLogger(ArticleSearch.class);
    /** The most hits a search considers before filters and paging. */
    static final int MAX_HITS = 10_000;

    /** How much indexing a crash may undo; start-up re-indexes it from the database. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
    /** How soon articles stored or deleted through another instance show up in this one's searches. */
    private static final Duration SYNC_EVERY = Duration.ofSeconds(10);

    private final SearchIndex index;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("search-index"));

    @Inject
    ReadCache cache;

    @Inject
    public ArticleSearch(NewswireConfig config) {
        String path = config.search().indexPath();
        this.index = "memory".equals(path) ? SearchIndex.inMemory() : SearchIndex.onDisk(Path.of(path));
    }

    /**
     * At start-up: an index in an older format, or built from another database, is rebuilt whole;
     * any other catches up with the database.
     */
    void start(@Observes StartupEvent event) {
        String database = DatabaseIdentity.get();
        if (!index.currentFormat() || !database.equals(index.builtFrom())) {
            if (index.builtFrom() != null && !database.equals(index.builtFrom())) {
                LOG.infof("The search index was built from another database (%s, this is %s): rebuilding it", index.builtFrom(), database);
            }
            index.clear();
        }
        index.belongTo(database);
        sync();
        background.scheduleWithFixedDelay(index::commit, COMMIT_EVERY.toMillis(), COMMIT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::sync, SYNC_EVERY.toMillis(), SYNC_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The database is the truth: articles the index lacks or holds at an older revision (stored or
     * re-extracted after its last commit before a kill, or through another instance) are indexed,
     * and articles it holds that are gone are removed. The index is read before the database, so an
     * article written meanwhile is at worst indexed twice, never removed wrongly (ids are never reused).
     */
    void sync() {
        try {
            Map<Long, Integer> indexed = index.articleRevisions();
            Map<Long, Integer> stored = new HashMap<>();
            QuarkusTransaction.requiringNew().run(() -> Article.getEntityManager()
                    .createQuery("select a.id, a.revision from Article a", Object[].class).getResultList()
                    .forEach(row -> stored.put((Long) row[0], (Integer) row[1])));
            List<Long> missing = stored.entrySet().stream().filter(a -> !a.getValue().equals(indexed.get(a.getKey())))
                    .map(Map.Entry::getKey).sorted().toList();
            List<Long> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
            gone.forEach(index::removeArticle);
            missing.forEach(this::write);
            index.refresh();
            index.commit();
            if (!missing.isEmpty() || !gone.isEmpty()) {
                cache.changedHere(); // searches answered before this are out of date on this instance
                LOG.infof("Search index caught up with the database: %d articles (re)indexed, %d removed", missing.size(), gone.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Search index sync failed; the next one retries", e); // a scheduled task that throws is never run again
        }
    }

    /** Indexes an article just stored, as its write gave it; searchable on return. */
    public void index(StoredArticle stored) {
        index.replaceArticle(stored.id(), stored.entries());
        index.refresh();
    }

    /** For telling which searches match articles that are not indexed yet. */
    public SearchIndex.Probe probe() {
        return index.probe();
    }

    /** Indexes the committed state of an article and its quotes (nothing when it is gone); searchable on return. */
    public void reindex(long articleId) {
        write(articleId);
        index.refresh();
    }

    private void write(long articleId) {
        List<SearchIndex.Entry> entries = QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(articleId);
            List<SearchIndex.Entry> out = new ArrayList<>();
            if (article != null) {
                out.add(new SearchIndex.Entry(SearchIndex.Kind.ARTICLE, article.id, article.id, article.revision, article.title, article.text));
                for (Quote q : Quote.<Quote>list("article.id", articleId)) {
                    out.add(new SearchIndex.Entry(SearchIndex.Kind.QUOTE, q.id, articleId, article.revision, null, q.text));
                }
            }
            return out;
        });
        index.replaceArticle(articleId, entries);
    }

    public void remove(long articleId) {
        index.removeArticle(articleId);
        index.refresh();
    }

    /**
     * The best {@code limit} matching articles (at most {@link #MAX_HITS}; null: all of those) and the
     * count of matches, also capped there: a page with no other filter needs only its own top hits.
     */
    public SearchIndex.Ranking articles(String query, Integer limit) {
        return search(SearchIndex.Kind.ARTICLE, query, limit);
    }

    public SearchIndex.Ranking quotes(String query, Integer limit) {
        return search(SearchIndex.Kind.QUOTE, query, limit);
    }

    private SearchIndex.Ranking search(SearchIndex.Kind kind, String query, Integer limit) {
        SearchIndex.Ranking ranking = index.search(kind, query, limit == null ? MAX_HITS : Math.min(limit, MAX_HITS));
        return new SearchIndex.Ranking(ranking.hits(), Math.min(ranking.total(), MAX_HITS));
    }

    /** The hit with the passage of the article's text that matches the query. */
    public SearchIndex.Hit highlightArticle(SearchIndex.Hit hit, String query, Article article) {
        return hit.withHighlight(index.highlight(SearchIndex.Kind.ARTICLE, query, article.text));
    }

    /** The hit with the quote's matching words marked. */
    public SearchIndex.Hit highlightQuote(SearchIndex.Hit hit, String query, Quote quote) {
        return hit.withHighlight(index.highlight(SearchIndex.Kind.QUOTE, query, quote.text));
    }

    @PreDestroy
    void close() {
        background.shutdownNow();
        index.close();
    }
}
