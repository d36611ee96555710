package org.newswire.extraction.quote;

import org.newswire.extraction.Span;
import org.newswire.extraction.speaker.Mention;

/**
 * A verb of saying with the phrase naming its speaker and, when it has one, the reported clause
 * (null for a verb that only frames a direct quotation, such as "he said" after a quote).
 * {@code attributesPhrases} marks verbs that can give a short quoted phrase to their subject
 * ("called it “…”").
 */
record Frame(int sentence, Span verb, Mention mention, Span clause, boolean clauseHasThat, boolean attributesPhrases) {

    /** Where the attribution starts: the speaker's phrase or the verb, whichever comes first. */
    int attributionStart() {
        return Math.min(verb.start(), mention.phrase().start());
    }

    int attributionEnd() {
        return Math.max(verb.end(), mention.phrase().end());
    }

    Frame withClause(Span shorter) {
        return new Frame(sentence, verb, mention, shorter, clauseHasThat, attributesPhrases);
    }
}
