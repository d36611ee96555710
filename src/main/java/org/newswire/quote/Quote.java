package org.newswire.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newswire.article.Article;
import org.newswire.extraction.QuoteType;
import org.newswire.mention.NamedEntity;

import java.time.OffsetDateTime;

/** Who said what in an article: the quote's span, its type and its speaker (null when unnamed). */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    public QuoteType type;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    @Column(name = "speaker_mention")
    public String speakerMention;

    @Column(name = "speaker_name")
    public String speakerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public NamedEntity speaker;

    /** The article's publication time, copied here so listings filter and sort on one index. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    // the foreign keys as plain values, named as in QuoteTopic, so one filter reads both tables
    @Column(name = "article_id", insertable = false, updatable = false)
    public Long articleId;

    @Column(name = "speaker_id", insertable = false, updatable = false)
    public Long speakerId;
}
