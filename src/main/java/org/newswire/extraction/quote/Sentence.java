package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.List;

/** One parsed sentence: its index in the document, tokens and basic dependencies. */
record Sentence(int index, List<CoreLabel> tokens, SemanticGraph graph) {

    int begin() {
        return tokens.get(0).beginPosition();
    }

    int end() {
        return tokens.get(tokens.size() - 1).endPosition();
    }

    CoreLabel token(IndexedWord word) {
        return tokens.get(word.index() - 1);
    }
}
