package org.newswire.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newswire.article.Article;

/** A topic assigned to an article, with the classifier's score and why. */
@Entity
@Table(name = "article_topic")
public class ArticleTopic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_slug")
    public Topic topic;

    public double score;

    /** The phrases that scored it, as JSON ({@link TopicDefinitions}); null on links older than topic evidence. */
    public String evidence;
}
