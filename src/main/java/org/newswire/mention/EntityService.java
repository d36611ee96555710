package org.newswire.mention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newswire.api.ApiProblem;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Query;
import org.newswire.cache.ReadCache;
import org.newswire.extraction.EntityType;
import org.newswire.quote.Quote;
import org.newswire.quote.QuoteTopic;
import org.newswire.story.Grouping;

import java.util.List;
import java.util.Optional;

/** Reads entities with their mention, article and quote counts. */
@ApplicationScoped
public class EntityService {

    @Inject
    ReadCache cache;
    @Inject
    Grouping grouping;

    public record EntitySummary(long id, String name, EntityType type, long mentionCount, long articleCount, long quoteCount) {
    }

    @Schema(name = "EntityPage")
    public static final class EntityPage extends Page.Fields {
        public List<EntitySummary> items;
    }

    public record EntityDetail(long id, String name, EntityType type, long mentionCount, long articleCount, long quoteCount,
                               List<String> surfaceForms) {
    }

    private static final String COUNTS = "select e.id, e.name, e.type,"
            + " (select count(m) from Mention m where m.entity = e) as mentions,"
            + " (select count(distinct m.article.id) from Mention m where m.entity = e) as articles,"
            + " (select count(q) from Quote q where q.speaker = e) as quotes"
            + " from NamedEntity e";

    @Transactional
    public Page<EntitySummary> list(EntityType type, String prefix, PageRequest page) {
        Query query = new Query()
                .where("e.type = :type", "type", type)
                // "pes" finds "Dmitry Peskov": the prefix may start any word of the name
                .where("(lower(e.name) like :prefix escape '\\' or lower(e.name) like concat('% ', :prefix) escape '\\')",
                        "prefix", Query.prefix(prefix));
        long total = NamedEntity.count("from NamedEntity e" + query.clause(), query.params());
        var jpql = NamedEntity.getEntityManager().createQuery(COUNTS + query.clause()
                + " order by articles desc, mentions desc, e.name asc", Object[].class);
        query.params().forEach(jpql::setParameter);
        List<EntitySummary> items = jpql.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(EntityService::summary).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public Optional<EntityDetail> detail(long id) {
        var rows = NamedEntity.getEntityManager().createQuery(COUNTS + " where e.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        EntitySummary s = summary(rows.get(0));
        List<String> forms = NamedEntity.getEntityManager()
                .createQuery("select m.surface from Mention m where m.entity.id = :id group by m.surface order by count(m) desc, m.surface", String.class)
                .setParameter("id", id).getResultList();
        return Optional.of(new EntityDetail(s.id(), s.name(), s.type(), s.mentionCount(), s.articleCount(), s.quoteCount(), forms));
    }

    /**
     * Folds {@code otherId} into {@code keepId}: its mentions and the quotes it spoke move over (the
     * quotes take the kept name), then it is deleted. Empty when either id is unknown.
     */
    public Optional<EntityDetail> merge(long keepId, long otherId) {
        if (keepId == otherId) {
            throw ApiProblem.badField("otherId", "is the entity itself; name a different entity to merge into it");
        }
        Optional<EntityDetail> merged = QuarkusTransaction.requiringNew().call(() -> mergeInTransaction(keepId, otherId));
        merged.ifPresent(m -> cache.changed());
        return merged;
    }

    /**
     * Locks the speakers' grouping slots, then both rows in id order, so merges and deletes that touch
     * the same entities run one after another (two orders of locking could deadlock), and reads them as
     * they are once locked.
     */
    private Optional<EntityDetail> mergeInTransaction(long keepId, long otherId) {
        var em = NamedEntity.getEntityManager();
        grouping.lock(new long[0], List.of(keepId, otherId));
        NamedEntity first = em.find(NamedEntity.class, Math.min(keepId, otherId), LockModeType.PESSIMISTIC_WRITE);
        NamedEntity second = em.find(NamedEntity.class, Math.max(keepId, otherId), LockModeType.PESSIMISTIC_WRITE);
        NamedEntity keep = keepId < otherId ? first : second;
        NamedEntity other = keepId < otherId ? second : first;
        if (keep == null || other == null) {
            return Optional.empty();
        }
        if (keep.type != other.type) {
            throw new ApiProblem(409, "entity " + keepId + " is a " + keep.type + " and entity " + otherId + " a " + other.type
                    + ": only entities of one type can be the same", List.of());
        }
        List<Long> moved = em.createQuery("select q.id from Quote q where q.speaker = :other", Long.class)
                .setParameter("other", other).getResultList();
        Mention.update("entity = ?1 where entity = ?2", keep, other);
        Quote.update("speaker = ?1, speakerName = ?2 where speaker = ?3", keep, keep.name, other);
        QuoteTopic.moveSpeaker(otherId, keepId);
        grouping.merged(keepId, moved);
        other.delete();
        return detail(keepId);
    }

    /** An entity named in the same articles as another, and in how many of them. */
    public record CoOccurrence(long id, String name, EntityType type, long sharedArticles) {
    }

    /** Entities most often named in the same articles as this one, most shared articles first. */
    @Transactional
    public List<CoOccurrence> cooccurrences(long id, int limit) {
        return NamedEntity.getEntityManager().createQuery("select e.id, e.name, e.type, count(distinct other.article.id) as shared"
                        + " from Mention other join other.entity e"
                        + " where e.id <> :id and other.article.id in (select m.article.id from Mention m where m.entity.id = :id)"
                        + " group by e.id, e.name, e.type order by shared desc, e.name asc", Object[].class)
                .setParameter("id", id).setMaxResults(limit).getResultList().stream()
                .map(r -> new CoOccurrence((Long) r[0], (String) r[1], (EntityType) r[2], (Long) r[3]))
                .toList();
    }

    private static EntitySummary summary(Object[] row) {
        return new EntitySummary((Long) row[0], (String) row[1], (EntityType) row[2],
                (Long) row[3], (Long) row[4], (Long) row[5]);
    }
}
