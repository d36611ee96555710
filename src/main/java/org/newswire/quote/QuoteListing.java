package org.newswire.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.newswire.extraction.QuoteType;

import java.time.OffsetDateTime;

/**
 * The columns quote listings filter and sort on, shared by {@link Quote} and its per-topic copy
 * {@link QuoteTopic}, so one query reads either table. The two foreign keys are plain read-only
 * values here: {@code Quote} writes them through its associations, {@code QuoteTopic} by SQL.
 */
@MappedSuperclass
public abstract class QuoteListing extends PanacheEntityBase {

    @Enumerated(EnumType.STRING)
    public QuoteType type;

    @Column(name = "start_offset")
    public int start;

    /** The article's publication time, copied next to the quote so listings filter and sort on one index. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "article_id", insertable = false, updatable = false)
    public Long articleId;

    @Column(name = "speaker_id", insertable = false, updatable = false)
    public Long speakerId;
}
