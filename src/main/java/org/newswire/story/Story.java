package org.newswire.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An article and its copies: the same story as published by several outlets. The counts and dates are
 * kept by {@link Grouping} from the articles that belong to it.
 */
@Entity
@Table(name = "story")
public class Story extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The title of its earliest article. */
    public String title;

    @Column(name = "lead_article_id")
    public Long leadArticleId;

    /** Publication (else ingest) time of its earliest and latest article. */
    @Column(name = "first_seen")
    public OffsetDateTime firstSeen;

    @Column(name = "last_seen")
    public OffsetDateTime lastSeen;

    @Column(name = "article_count")
    public int articleCount;

    /** Distinct sources; an article without a source counts as one of its own. */
    @Column(name = "source_count")
    public int sourceCount;
}
