package org.newswire.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newswire.article.Article;
import org.newswire.mention.NamedEntity;

/** Who said what in an article: the quote's span, its type and its speaker (null when unnamed). */
@Entity
@Table(name = "quote")
public class Quote extends QuoteListing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    @Column(name = "end_offset")
    public int end;

    @Column(name = "speaker_mention")
    public String speakerMention;

    @Column(name = "speaker_name")
    public String speakerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public NamedEntity speaker;

    /** The statement this quote is an occurrence of; null without a speaker. Written by SQL only ({@code Grouping}). */
    @Column(name = "statement_id", insertable = false, updatable = false)
    public Long statementId;
}
