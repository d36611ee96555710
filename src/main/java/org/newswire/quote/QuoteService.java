package org.newswire.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.newswire.api.Dates;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Query;
import org.newswire.api.RankedPage;
import org.newswire.article.ArticleSearch;
import org.newswire.article.ArticleViews;
import org.newswire.article.StoredArticle;
import org.newswire.cache.Addition;
import org.newswire.extraction.QuoteType;
import org.newswire.mention.NamedEntity;
import org.newswire.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

        /** Whether a new article brings a quote these filters let through. */
        public boolean changedBy(Addition added) {
            StoredArticle a = added.article();
            return (article == null || article == a.id()) && (topic == null || a.topics().contains(topic))
                    && Dates.within(a.publishedAt(), from, to)
                    && a.quotes().stream().anyMatch(said -> (type == null || type == said.type())
                    && (speaker == null || speaker.isBlank() || NamedEntity.filterMeans(speaker, said.speakerId(), said.speakerName()))
                    && added.matches(q, said.entry()));
        }
    }

    /**
     * Quotes matching the filters, newest article first; with {@code q} the full-text index finds
     * them, ranks them (most relevant first) and highlights the matching words.
     */
    @Transactional
    public Page<ArticleViews.QuoteView> list(QuoteFilter filter, PageRequest page) {
        List<Long> speakers = NamedEntity.idsForSpeaker(filter.speaker());
        if (speakers != null && speakers.isEmpty()) {
            return Page.empty(page); // nobody by that name has been quoted
        }
        // with a topic the rows come from quote_topic (one per quote and topic), else from quote; both
        // carry the same filter columns, and each filter-and-order combination is one index range
        boolean byTopic = filter.topic() != null;
        String from = byTopic ? " from QuoteTopic x" : " from Quote x";
        String id = byTopic ? "x.quoteId" : "x.id";
        Query query = new Query()
                .where("x.topic = :topic", "topic", filter.topic())
                .where("x.speakerId in :speakers", "speakers", speakers)
                .where("x.type = :type", "type", filter.type())
                .where("x.articleId = :article", "article", filter.article())
                .where("x.publishedAt >= :from", "from", filter.from())
                .where("x.publishedAt < :to", "to", filter.to());
        if (filter.q() == null || filter.q().isBlank()) {
            long total = select("select count(*)" + from + query.clause(), query).getSingleResult();
            List<Long> ids = select("select " + id + from + query.clause() + " order by x.publishedAt desc nulls last, x.articleId desc, x.start asc", query)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, Quote> byId = fetch(ids);
            return new Page<>(ids.stream().map(byId::get).map(ArticleViews.QuoteView::of).toList(), page.page(), page.size(), total);
        }
        // relevance order: the index ranks, the database filters (when there is anything to filter on)
        SearchIndex.Ranking ranking = search.quotes(filter.q(), query.filters() ? null : page.offset() + page.size());
        RankedPage ranked = RankedPage.of(ranking,
                query.filters() ? select("select " + id + from + query.clause(), query).getResultList() : null, page);
        Map<Long, Quote> byId = fetch(ranked.ids());
        Map<Long, SearchIndex.Hit> ranks = SearchIndex.Hit.byId(ranking.hits());
        // filter(nonNull): the index may still hold a quote another instance has just deleted
        return new Page<>(ranked.ids().stream().map(byId::get).filter(Objects::nonNull)
                .map(q -> ArticleViews.QuoteView.of(q, search.highlightQuote(ranks.get(q.id), filter.q(), q))).toList(),
                page.page(), page.size(), ranked.total());
    }

    private static TypedQuery<Long> select(String hql, Query query) {
        return query.bind(Quote.getEntityManager().createQuery(hql, Long.class));
    }

    /** The quotes with these ids, with their article and speaker, by id. */
    private static Map<Long, Quote> fetch(List<Long> ids) {
        Map<Long, Quote> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Quote.<Quote>list("select qu from Quote qu join fetch qu.article left join fetch qu.speaker where qu.id in ?1", ids)
                    .forEach(q -> byId.put(q.id, q));
        }
        return byId;
    }
}
