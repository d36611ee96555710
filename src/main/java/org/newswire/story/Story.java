package org.newswire.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An article and its copies: the same story as published by several outlets. The counts and dates are
 * kept by {@link Grouping} from the articles that belong to it.
 */
@Entity
@Table(name = "story")
public class Story extends Grouped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The title of its earliest article. */
    public String title;

    @Column(name = "lead_article_id")
    public Long leadArticleId;

    @Column(name = "article_count")
    public int articleCount;

    /** Distinct sources; an article without a source counts as one of its own. */
    @Column(name = "source_count")
    public int sourceCount;
}
