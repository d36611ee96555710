package org.newswire.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Query;
import org.newswire.extraction.EntityType;
import org.newswire.mention.EntityService;
import org.newswire.mention.NamedEntity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** People and bodies that are quoted, with how often and when. */
@ApplicationScoped
public class SpeakerService {

    public record SpeakerSummary(long id, String name, EntityType type, long quoteCount, long articleCount,
                                 OffsetDateTime firstQuoted, OffsetDateTime lastQuoted) {
    }

    @Schema(name = "SpeakerPage")
    public static final class SpeakerPage extends Page.Fields {
        public List<SpeakerSummary> items;
    }

    public record TopicCount(String slug, long quoteCount) {
    }

    /** A speaker's record: counts and dates, the topics they speak on, the entities named alongside them. */
    public record SpeakerProfile(long id, String name, EntityType type, long quoteCount, long articleCount,
                                 OffsetDateTime firstQuoted, OffsetDateTime lastQuoted, List<TopicCount> topics,
                                 List<EntityService.CoOccurrence> coMentioned) {
    }

    /** How many co-mentioned entities a profile lists. */
    private static final int PROFILE_CO_MENTIONS = 10;

    @Inject
    EntityService entities;

    /**
     * Null fields do not filter; the dates bound the quoting article's publication time, {@code to} exclusive.
     * With {@code statements} the quote count counts each statement once, however many outlets carried it.
     */
    public record SpeakerFilter(String topic, OffsetDateTime from, OffsetDateTime to, boolean statements) {
    }

    @Transactional
    public Optional<SpeakerProfile> profile(long id) {
        NamedEntity speaker = NamedEntity.findById(id);
        if (speaker == null) {
            return Optional.empty();
        }
        var em = Quote.getEntityManager();
        Object[] totals = em.createQuery("select count(qu), count(distinct a.id), min(a.publishedAt), max(a.publishedAt)"
                + " from Quote qu join qu.article a where qu.speaker.id = :id", Object[].class).setParameter("id", id).getSingleResult();
        List<TopicCount> topics = em.createQuery("select t.topic.slug, count(qu) as n from Quote qu, ArticleTopic t"
                        + " where t.article = qu.article and qu.speaker.id = :id group by t.topic.slug order by n desc, t.topic.slug", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new TopicCount((String) r[0], (Long) r[1])).toList();
        return Optional.of(new SpeakerProfile(speaker.id, speaker.name, speaker.type, (Long) totals[0], (Long) totals[1],
                (OffsetDateTime) totals[2], (OffsetDateTime) totals[3], topics, entities.cooccurrences(id, PROFILE_CO_MENTIONS)));
    }

    @Transactional
    public Page<SpeakerSummary> list(SpeakerFilter filter, PageRequest page) {
        Query query = new Query()
                .where("exists (select 1 from ArticleTopic t where t.article = a and t.topic.slug = :topic)", "topic", filter.topic())
                .where("a.publishedAt >= :from", "from", filter.from())
                .where("a.publishedAt < :to", "to", filter.to());
        String where = query.clause().isEmpty() ? " where qu.speaker is not null" : query.clause() + " and qu.speaker is not null";
        var em = Quote.getEntityManager();
        var count = em.createQuery("select count(distinct qu.speaker.id) from Quote qu join qu.article a" + where, Long.class);
        query.params().forEach(count::setParameter);
        // a quote that is in no statement (no words to compare) counts as one of its own
        String counted = filter.statements() ? "count(distinct coalesce(qu.statementId, -qu.id))" : "count(qu)";
        var rows = em.createQuery("select s.id, s.name, s.type, " + counted + " as quotes, count(distinct a.id),"
                + " min(a.publishedAt), max(a.publishedAt) from Quote qu join qu.speaker s join qu.article a" + where
                + " group by s.id, s.name, s.type order by quotes desc, s.name asc", Object[].class);
        query.params().forEach(rows::setParameter);
        List<SpeakerSummary> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new SpeakerSummary((Long) r[0], (String) r[1], (EntityType) r[2], (Long) r[3], (Long) r[4],
                        (OffsetDateTime) r[5], (OffsetDateTime) r[6]))
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
