package org.newswire.extraction;

/**
 * One attributed quote. {@code speaker} is the canonical name (null when the text names no one);
 * {@code speakerMention} is the naming phrase nearest the quote, as printed; {@code attributedBy}
 * names the speaker sieve that decided it (null for a speaker the quote's own form gave, or none).
 */
public record ExtractedQuote(Span span, QuoteType type, String speaker, EntityType speakerType, Span speakerMention,
                             String attributedBy) {
}
