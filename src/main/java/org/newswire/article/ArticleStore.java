package org.newswire.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.ExtractedEntity;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.Extraction;
import org.newswire.extraction.Span;
import org.newswire.extraction.TopicScore;
import org.newswire.mention.EntityRows;
import org.newswire.mention.Mention;
import org.newswire.mention.NamedEntity;
import org.newswire.quote.Quote;
import org.newswire.quote.QuoteTopic;
import org.newswire.search.SearchIndex;
import org.newswire.story.Grouping;
import org.newswire.topic.ArticleTopic;
import org.newswire.topic.Topic;
import org.newswire.topic.TopicDefinitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Writes an article and everything extracted from it in one transaction, or nothing; and replaces an
 * extraction. The entity rows it refers to are got or created first, committed on their own
 * ({@link EntityRows}), so articles stored side by side never collide on a new entity. The same
 * transaction puts the article into its story and its quotes into statements ({@link Grouping}).
 */
@ApplicationScoped
public class ArticleStore {

    /** Width of the short text columns (entity names, surfaces, speaker mentions). */
    private static final int MAX_COLUMN = 500;

    @Inject
    EntityRows entityRows;
    @Inject
    Grouping grouping;

    /**
     * Stores the article. An entity row a concurrent delete removed between its creation and this
     * transaction fails the foreign key: the caller retries.
     */
    public StoredArticle save(Article article, Extraction extraction) {
        Map<EntityRows.Key, Long> ids = entityRows.ensure(keys(extraction));
        long[] bands = grouping.bands(article.text);
        return QuarkusTransaction.requiringNew().call(() -> {
            grouping.lock(bands, speakerIds(extraction, ids));
            article.persist();
            StoredArticle stored = write(article, extraction, ids);
            Grouping.Arrival arrival = new Grouping.Arrival(article.id, article.publishedAt != null ? article.publishedAt : article.ingestedAt,
                    article.source, article.title);
            return grouping.added(arrival, article.text, bands, said(stored)) ? stored.withOthersRegrouped() : stored;
        });
    }

    private static Set<Long> speakerIds(Extraction extraction, Map<EntityRows.Key, Long> ids) {
        Set<Long> speakers = new HashSet<>();
        extraction.quotes().stream().filter(q -> q.speaker() != null).forEach(q -> speakers.add(ids.get(speakerKey(q))));
        return speakers;
    }

    private static List<EntityRows.Key> keys(Extraction extraction) {
        List<EntityRows.Key> keys = new ArrayList<>();
        extraction.entities().forEach(e -> keys.add(new EntityRows.Key(e.name(), e.type())));
        extraction.quotes().stream().filter(q -> q.speaker() != null).forEach(q -> keys.add(speakerKey(q)));
        return keys;
    }

    /** The stored quotes that have a speaker, as grouping places them. */
    private static List<Grouping.Said> said(StoredArticle stored) {
        return stored.quotes().stream().filter(q -> q.speakerId() != null)
                .map(q -> new Grouping.Said(q.entry().id(), q.speakerId(), q.entry().text())).toList();
    }

    private static EntityRows.Key speakerKey(ExtractedQuote q) {
        return new EntityRows.Key(q.speaker(), q.speakerType() == null ? EntityType.PERSON : q.speakerType());
    }

    /**
     * Replaces what was extracted from a stored article with a new extraction, in one transaction:
     * the old quotes, mentions and topic links go, the new ones come, entities left with nothing go.
     */
    public void replace(long articleId, Extraction extraction) {
        Map<EntityRows.Key, Long> ids = entityRows.ensure(keys(extraction));
        QuarkusTransaction.requiringNew().run(() -> {
            // the row lock makes re-extractions (and a delete) of one article take turns
            Article article = Article.getEntityManager().find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
            if (article == null) {
                return; // deleted meanwhile: nothing to replace
            }
            grouping.lock(new long[0], speakerIds(extraction, ids));
            Set<Long> statements = grouping.statementsOf(articleId);
            deleteExtraction(articleId);
            article.revision++;
            grouping.reextracted(statements, said(write(article, extraction, ids)));
            deleteOrphanEntities();
        });
    }

    /** Removes an article's quotes, mentions and topic links; call inside a transaction. */
    static void deleteExtraction(long articleId) {
        Quote.delete("article.id", articleId);
        Mention.delete("article.id", articleId);
        ArticleTopic.delete("article.id", articleId);
        // bulk deletes bypass the session: flush it so a following write sees the table as it now is
        Quote.getEntityManager().flush();
    }

    /**
     * Entities no longer named or quoted anywhere; call inside a transaction. The candidates are locked
     * (in id order, as a merge locks) and checked again by a statement of their own, so a merge that is
     * moving mentions onto one of them finishes first and the entity stays.
     */
    static void deleteOrphanEntities() {
        var em = NamedEntity.getEntityManager();
        // pending mentions and quotes must be in the tables before "orphan" is decided
        em.flush();
        // every alias explicit: an unqualified "id" in the subqueries would bind to the subquery's row
        String orphan = " not exists (select m.id from Mention m where m.entity = e)"
                + " and not exists (select q.id from Quote q where q.speaker = e)";
        List<Long> candidates = em.createQuery("select e.id from NamedEntity e where" + orphan + " order by e.id", Long.class)
                .getResultList();
        if (candidates.isEmpty()) {
            return;
        }
        em.createQuery("select e from NamedEntity e where e.id in :ids order by e.id", NamedEntity.class)
                .setParameter("ids", candidates).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        em.createQuery("delete from NamedEntity e where e.id in :ids and" + orphan).setParameter("ids", candidates).executeUpdate();
    }

    private static StoredArticle write(Article article, Extraction extraction, Map<EntityRows.Key, Long> ids) {
        var em = NamedEntity.getEntityManager();
        Map<Long, String> entities = new HashMap<>();
        List<StoredArticle.Said> said = new ArrayList<>();
        for (ExtractedEntity e : extraction.entities()) {
            long entityId = ids.get(new EntityRows.Key(e.name(), e.type()));
            NamedEntity entity = em.getReference(NamedEntity.class, entityId);
            if (!e.occurrences().isEmpty()) {
                entities.put(entityId, e.name());
            }
            for (Span span : e.occurrences()) {
                Mention m = new Mention();
                m.entity = entity;
                m.article = article;
                m.surface = span.text();
                m.start = span.start();
                m.end = span.end();
                m.persist();
            }
        }
        for (ExtractedQuote q : extraction.quotes()) {
            Quote quote = new Quote();
            quote.article = article;
            quote.text = q.span().text();
            quote.type = q.type();
            quote.start = q.span().start();
            quote.end = q.span().end();
            quote.publishedAt = article.publishedAt;
            // the naming phrase is kept as printed, up to its column's 500 characters
            quote.speakerMention = q.speakerMention() == null ? null
                    : q.speakerMention().text().substring(0, Math.min(MAX_COLUMN, q.speakerMention().text().length()));
            quote.speakerName = q.speaker();
            Long speakerId = q.speaker() == null ? null : ids.get(speakerKey(q));
            if (speakerId != null) {
                quote.speaker = em.getReference(NamedEntity.class, speakerId);
            }
            quote.persist();
            said.add(new StoredArticle.Said(new SearchIndex.Entry(SearchIndex.Kind.QUOTE, quote.id, article.id, article.revision, null, quote.text),
                    speakerId, q.speaker(), q.type()));
        }
        Set<String> topics = writeTopics(article, extraction.topics());
        return new StoredArticle(new SearchIndex.Entry(SearchIndex.Kind.ARTICLE, article.id, article.id, article.revision, article.title,
                article.text), article.source, article.publishedAt, topics, entities, said, false);
    }

    /** Links the article to its assigned topics, with their evidence, and copies its quotes under each; returns their slugs. */
    private static Set<String> writeTopics(Article article, List<TopicScore> topics) {
        Set<String> assigned = new HashSet<>();
        for (TopicScore t : topics) {
            Topic topic = Topic.findById(t.topic());
            // a topic deleted while the article was being extracted is simply not assigned
            if (t.assigned() && topic != null) {
                ArticleTopic link = new ArticleTopic();
                link.article = article;
                link.topic = topic;
                link.score = t.score();
                link.evidence = TopicDefinitions.evidenceJson(t.evidence());
                link.persist();
                assigned.add(t.topic());
            }
        }
        Quote.getEntityManager().flush();
        QuoteTopic.copyFor(article.id);
        return assigned;
    }

    /**
     * Replaces a stored article's topics with {@code classify}'s verdict on its title and text, under the
     * same row lock as a re-extraction. False if the article is gone.
     */
    public boolean replaceTopics(long articleId, BiFunction<String, String, List<TopicScore>> classify) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.getEntityManager().find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
            if (article == null) {
                return false;
            }
            QuoteTopic.deleteFor(articleId);
            ArticleTopic.delete("article.id", articleId);
            Quote.getEntityManager().flush();
            writeTopics(article, classify.apply(article.title, article.text));
            return true;
        });
    }
}
