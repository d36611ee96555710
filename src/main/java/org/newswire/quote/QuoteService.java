package org.newswire.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Query;
import org.newswire.article.ArticleViews;
import org.newswire.extraction.QuoteType;

import java.time.OffsetDateTime;
import java.util.List;

/** Searches stored quotes. */
@ApplicationScoped
public class QuoteService {

    /**
     * Null fields do not filter; {@code speaker} is a canonical name, a surname or an entity id;
     * {@code from}/{@code to} bound the article's publication time, {@code to} exclusive.
     */
    public record QuoteFilter(String speaker, String topic, QuoteType type, Long article, String q,
                              OffsetDateTime from, OffsetDateTime to) {
    }

    @Transactional
    public Page<ArticleViews.QuoteView> list(QuoteFilter filter, PageRequest page) {
        Query query = new Query()
                .where("(lower(qu.speakerName) = :speaker or lower(qu.speakerName) like concat('% ', :speaker)"
                        + " or cast(qu.speaker.id as string) = :speaker)", "speaker", Query.lower(filter.speaker()))
                .where("exists (select 1 from ArticleTopic t where t.article = qu.article and t.topic.slug = :topic)", "topic", filter.topic())
                .where("qu.type = :type", "type", filter.type())
                .where("qu.article.id = :article", "article", filter.article())
                .where("lower(qu.text) like :q escape '\\'", "q", Query.contains(filter.q()))
                .where("qu.article.publishedAt >= :from", "from", filter.from())
                .where("qu.article.publishedAt < :to", "to", filter.to());
        long total = Quote.count("from Quote qu" + query.clause(), query.params());
        List<Quote> quotes = Quote.<Quote>find("select qu from Quote qu join fetch qu.article a left join fetch qu.speaker"
                        + query.clause() + " order by a.publishedAt desc nulls last, a.id desc, qu.start asc", query.params())
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return new Page<>(quotes.stream().map(ArticleViews.QuoteView::of).toList(), page.page(), page.size(), total);
    }
}
