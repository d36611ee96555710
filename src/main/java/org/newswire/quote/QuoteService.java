package org.newswire.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Query;
import org.newswire.api.RankedPage;
import org.newswire.article.ArticleSearch;
import org.newswire.article.ArticleViews;
import org.newswire.extraction.QuoteType;
import org.newswire.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Searches stored quotes. */
@ApplicationScoped
public class QuoteService {

    @Inject
    ArticleSearch search;

    /**
     * Null fields do not filter; {@code speaker} is a canonical name, a surname or an entity id;
     * {@code from}/{@code to} bound the article's publication time, {@code to} exclusive.
     */
    public record QuoteFilter(String speaker, String topic, QuoteType type, Long article, String q,
                              OffsetDateTime from, OffsetDateTime to) {
    }

    /**
     * Quotes matching the filters, newest article first; with {@code q} the full-text index finds
     * them, ranks them (most relevant first) and highlights the matching words.
     */
    @Transactional
    public Page<ArticleViews.QuoteView> list(QuoteFilter filter, PageRequest page) {
        Map<Long, SearchIndex.Hit> hits = null;
        if (filter.q() != null && !filter.q().isBlank()) {
            hits = SearchIndex.Hit.byId(search.quotes(filter.q()));
            if (hits.isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
        }
        Query query = new Query()
                .where("(lower(qu.speakerName) = :speaker or lower(qu.speakerName) like concat('% ', :speaker)"
                        + " or cast(qu.speaker.id as string) = :speaker)", "speaker", Query.lower(filter.speaker()))
                .where("exists (select 1 from ArticleTopic t where t.article = qu.article and t.topic.slug = :topic)", "topic", filter.topic())
                .where("qu.type = :type", "type", filter.type())
                .where("qu.article.id = :article", "article", filter.article())
                .where("qu.article.publishedAt >= :from", "from", filter.from())
                .where("qu.article.publishedAt < :to", "to", filter.to())
                .where("qu.id in :ids", "ids", hits == null ? null : List.copyOf(hits.keySet()));
        if (hits == null) {
            long total = Quote.count("from Quote qu" + query.clause(), query.params());
            List<Quote> quotes = Quote.<Quote>find("select qu from Quote qu join fetch qu.article a left join fetch qu.speaker"
                            + query.clause() + " order by a.publishedAt desc nulls last, a.id desc, qu.start asc", query.params())
                    .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
            return new Page<>(quotes.stream().map(ArticleViews.QuoteView::of).toList(), page.page(), page.size(), total);
        }
        var matching = Quote.getEntityManager().createQuery("select qu.id from Quote qu" + query.clause(), Long.class);
        query.params().forEach(matching::setParameter);
        RankedPage ranked = RankedPage.of(hits.keySet(), matching.getResultList(), page);
        Map<Long, Quote> byId = new HashMap<>();
        if (!ranked.ids().isEmpty()) {
            Quote.<Quote>list("select qu from Quote qu join fetch qu.article left join fetch qu.speaker where qu.id in ?1", ranked.ids())
                    .forEach(q -> byId.put(q.id, q));
        }
        Map<Long, SearchIndex.Hit> ranks = hits;
        return new Page<>(ranked.ids().stream().map(id -> ArticleViews.QuoteView.of(byId.get(id), ranks.get(id))).toList(),
                page.page(), page.size(), ranked.total());
    }
}
