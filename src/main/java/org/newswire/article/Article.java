package org.newswire.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A stored news article; its quotes, mentions and topics refer to it and go with it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;
    public String title;
    public String source;
    public String author;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    /** How many times the article has been re-extracted; search indexes compare it to catch up. */
    public int revision;

    /** The story of this article and its copies; written by SQL only ({@code Grouping}). */
    @Column(name = "story_id", insertable = false, updatable = false)
    public Long storyId;

    public static Optional<Article> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    public static Optional<Article> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }
}
