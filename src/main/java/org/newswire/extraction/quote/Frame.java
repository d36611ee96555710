package org.newswire.extraction.quote;

import org.newswire.extraction.Span;

/**
 * A verb of saying with its speaker and, when it has one, the reported clause (null for a verb
 * that only frames a direct quotation, such as "he said" after a quote). {@code attributesPhrases}
 * marks verbs that can give a short quoted phrase to their subject ("called it “…”").
 */
record Frame(int sentence, Span verb, Speaker speaker, Span clause, boolean clauseHasThat, boolean attributesPhrases) {
}
