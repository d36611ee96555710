package org.newswire.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.newswire.extraction.QuoteType;

/**
 * One utterance of one speaker: its quotes in every article that carries it are its occurrences. The
 * text, counts and dates are kept by {@link Grouping} from the occurrences.
 */
@Entity
@Table(name = "statement")
public class Statement extends Grouped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "speaker_id", nullable = false)
    public Long speakerId;

    /** The text and type of its earliest occurrence. */
    @Column(columnDefinition = "text")
    public String text;

    @Enumerated(EnumType.STRING)
    public QuoteType type;

    @Column(name = "first_quote_id")
    public Long firstQuoteId;

    @Column(name = "occurrence_count")
    public int occurrenceCount;

    /** Distinct sources carrying it; an article without a source counts as one of its own. */
    @Column(name = "outlet_count")
    public int outletCount;
}
