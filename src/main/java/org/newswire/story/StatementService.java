package org.newswire.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Params;
import org.newswire.api.Query;
import org.newswire.article.ArticleSearch;
import org.newswire.article.ArticleViews;
import org.newswire.extraction.QuoteType;
import org.newswire.mention.NamedEntity;
import org.newswire.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads statements: a speaker's utterance with its quotes in every article that carries it. */
@ApplicationScoped
public class StatementService {

    static final Map<String, String> SORTS = Map.of(
            "-firstSeen", "s.firstSeen desc nulls last, s.id desc",
            "firstSeen", "s.firstSeen asc nulls last, s.id asc",
            "-outlets", "s.outletCount desc, s.firstSeen desc nulls last, s.id desc",
            "-occurrences", "s.occurrenceCount desc, s.firstSeen desc nulls last, s.id desc");

    @Inject
    ArticleSearch search;

    /**
     * Null fields do not filter: {@code speaker} as for quotes (name, surname or id), {@code topic} a
     * topic of one of its articles, {@code type} its first occurrence's, {@code from}/{@code to} bound its first occurrence ({@code to}
     * exclusive), {@code q} words one of its occurrences holds.
     */
    public record StatementFilter(String speaker, String topic, OffsetDateTime from, OffsetDateTime to, QuoteType type, String q, Integer minOutlets) {
    }

    @Transactional
    public Page<StoryViews.StatementSummary> list(StatementFilter filter, String sort, PageRequest page) {
        String order = Params.sort(SORTS, sort, "-firstSeen");
        List<Long> speakers = NamedEntity.idsForSpeaker(filter.speaker());
        if (speakers != null && speakers.isEmpty()) {
            return Page.empty(page);
        }
        List<Long> matching = null;
        if (filter.q() != null && !filter.q().isBlank()) {
            matching = search.quotes(filter.q(), null).hits().stream().map(SearchIndex.Hit::id).toList();
            if (matching.isEmpty()) {
                return Page.empty(page);
            }
        }
        Query query = new Query()
                .where("s.speakerId in :speakers", "speakers", speakers)
                .where("exists (select 1 from Quote q, QuoteTopic t where q.statementId = s.id and t.quoteId = q.id and t.topic = :topic)",
                        "topic", filter.topic())
                .where("s.type = :type", "type", filter.type())
                .where("s.firstSeen >= :from", "from", filter.from())
                .where("s.firstSeen < :to", "to", filter.to())
                .where("s.outletCount >= :minOutlets", "minOutlets", filter.minOutlets())
                .where("s.id in (select q.statementId from Quote q where q.id in :quotes)", "quotes", matching);
        long total = Statement.count("from Statement s" + query.clause(), query.params());
        List<Statement> statements = Statement.<Statement>find("select s from Statement s" + query.clause() + " order by " + order, query.params())
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        Map<Long, ArticleViews.SpeakerRef> names = speakers(statements.stream().map(s -> s.speakerId).distinct().toList());
        return new Page<>(statements.stream().map(s -> new StoryViews.StatementSummary(s.id, s.text, s.type, names.get(s.speakerId),
                s.firstSeen, s.lastSeen, s.occurrenceCount, s.outletCount)).toList(), page.page(), page.size(), total);
    }

    @Transactional
    public Optional<StoryViews.StatementDetail> detail(long id) {
        Statement s = Statement.findById(id);
        if (s == null) {
            return Optional.empty();
        }
        List<StoryViews.Occurrence> occurrences = Statement.getEntityManager().createQuery("select q.id, a.id, a.title, a.url, a.source,"
                        + " a.publishedAt, a.storyId, q.text, q.type, q.start, q.end from Quote q join q.article a where q.statementId = :id"
                        + " order by coalesce(a.publishedAt, a.ingestedAt), q.id", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new StoryViews.Occurrence((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (OffsetDateTime) r[5], (Long) r[6], (String) r[7], (QuoteType) r[8], (Integer) r[9], (Integer) r[10]))
                .toList();
        return Optional.of(new StoryViews.StatementDetail(s.id, s.text, s.type, speakers(List.of(s.speakerId)).get(s.speakerId),
                s.firstSeen, s.lastSeen, s.occurrenceCount, s.outletCount, occurrences));
    }

    private static Map<Long, ArticleViews.SpeakerRef> speakers(List<Long> ids) {
        Map<Long, ArticleViews.SpeakerRef> out = new HashMap<>();
        if (!ids.isEmpty()) {
            NamedEntity.<NamedEntity>list("id in ?1", ids).forEach(e -> out.put(e.id, ArticleViews.SpeakerRef.of(e)));
        }
        return out;
    }
}
