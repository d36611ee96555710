package org.newswire.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/**
 * A quote's listing columns ({@link QuoteListing}) once per topic of its article (see V3__quote_listing.sql): a listing
 * filtered by topic reads one index range here. Rows are written and changed by SQL only
 * ({@link #copyFor}, {@link #moveSpeaker}, {@link #deleteFor}, {@link #deleteTopic}); quote deletion removes them by cascade.
 */
@Entity
@Immutable
@Table(name = "quote_topic")
@IdClass(QuoteTopic.Key.class)
public class QuoteTopic extends QuoteListing {

    public record Key(Long quoteId, String topic) implements Serializable {
    }

    @Id
    @Column(name = "quote_id")
    public Long quoteId;

    @Id
    @Column(name = "topic_slug")
    public String topic;

    /** Copies an article's quotes under each of its topics; call in the transaction that wrote them, after a flush. */
    public static void copyFor(long articleId) {
        getEntityManager().createNativeQuery("INSERT INTO quote_topic (quote_id, topic_slug, speaker_id, type, published_at, article_id, start_offset)"
                        + " SELECT q.id, t.topic_slug, q.speaker_id, q.type, q.published_at, q.article_id, q.start_offset"
                        + " FROM quote q JOIN article_topic t ON t.article_id = q.article_id WHERE q.article_id = ?1")
                .setParameter(1, articleId).executeUpdate();
    }

    /** Removes an article's quotes from every topic, before its topics are decided again. */
    public static void deleteFor(long articleId) {
        getEntityManager().createNativeQuery("DELETE FROM quote_topic WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    /** Removes a topic's copies, before the topic itself goes. */
    public static void deleteTopic(String slug) {
        getEntityManager().createNativeQuery("DELETE FROM quote_topic WHERE topic_slug = ?1").setParameter(1, slug).executeUpdate();
    }

    /** Follows an entity merge: the quotes of {@code from} are now {@code to}'s. */
    public static void moveSpeaker(long from, long to) {
        getEntityManager().createNativeQuery("UPDATE quote_topic SET speaker_id = ?1 WHERE speaker_id = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
    }
}
