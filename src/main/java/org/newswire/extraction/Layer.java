package org.newswire.extraction;

/** What a stage adds to a {@link Document}; stages declare the layers they need and add. */
public enum Layer {
    /** Sentences, tokens, POS tags, lemmas, named-entity tags and dependency parses. */
    NLP,
    ENTITIES,
    QUOTES,
    TOPICS
}
