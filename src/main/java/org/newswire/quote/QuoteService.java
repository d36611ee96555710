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
import org.newswire.mention.NamedEntity;
import org.newswire.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.Collection;
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
                return Page.empty(page);
            }
        }
        List<Long> speakers = NamedEntity.idsForSpeaker(filter.speaker());
        if (speakers != null && speakers.isEmpty()) {
            return Page.empty(page); // nobody by that name has been quoted
        }
        Query query = new Query()
                .where("qu.speaker.id in :speakers", "speakers", speakers)
                .where("exists (select 1 from ArticleTopic t where t.article = qu.article and t.topic.slug = :topic)", "topic", filter.topic())
                .where("qu.type = :type", "type", filter.type())
                .where("qu.article.id = :article", "article", filter.article())
                .where("qu.article.publishedAt >= :from", "from", filter.from())
                .where("qu.article.publishedAt < :to", "to", filter.to());
        if (hits == null) {
            long total = Quote.count("from Quote qu" + query.clause(), query.params());
            List<Quote> quotes = Quote.<Quote>find("select qu from Quote qu join fetch qu.article a left join fetch qu.speaker"
                            + query.clause() + " order by a.publishedAt desc nulls last, a.id desc, qu.start asc", query.params())
                    .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
            return new Page<>(quotes.stream().map(q -> ArticleViews.QuoteView.of(q)).toList(), page.page(), page.size(), total);
        }
        // relevance order: the index ranks, the database filters (when there is anything to filter on)
        Collection<Long> allowed = hits.keySet();
        if (query.filters()) {
            var matching = Quote.getEntityManager().createQuery("select qu.id from Quote qu" + query.clause(), Long.class);
            query.params().forEach(matching::setParameter);
            allowed = matching.getResultList();
        }
        RankedPage ranked = RankedPage.of(hits.keySet(), allowed, page);
        Map<Long, Quote> byId = new HashMap<>();
        if (!ranked.ids().isEmpty()) {
            Quote.<Quote>list("select qu from Quote qu join fetch qu.article left join fetch qu.speaker where qu.id in ?1", ranked.ids())
                    .forEach(q -> byId.put(q.id, q));
        }
        Map<Long, SearchIndex.Hit> ranks = hits;
        return new Page<>(ranked.ids().stream().map(byId::get)
                .map(q -> ArticleViews.QuoteView.of(q, search.highlightQuote(ranks.get(q.id), filter.q(), q))).toList(),
                page.page(), page.size(), ranked.total());
    }
}
