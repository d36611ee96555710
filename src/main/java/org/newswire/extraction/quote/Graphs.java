package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/** Small queries on a basic-dependencies graph; token indexes are 1-based as CoreNLP numbers them. */
final class Graphs {

    /** Dependents that belong to a noun phrase's own words ("Kremlin spokesman Dmitry Peskov"). */
    static final Set<String> NOUN_PHRASE_RELATIONS = Set.of("compound", "flat", "amod", "nummod", "det");

    private Graphs() {
    }

    static IndexedWord child(SemanticGraph g, IndexedWord word, String relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(word)) {
            if (relation.equals(e.getRelation().toString())) {
                return e.getDependent();
            }
        }
        return null;
    }

    static int firstIndex(SemanticGraph g, IndexedWord head) {
        int min = head.index();
        for (IndexedWord w : g.descendants(head)) {
            min = Math.min(min, w.index());
        }
        return min;
    }

    static int lastIndex(SemanticGraph g, IndexedWord head) {
        int max = head.index();
        for (IndexedWord w : g.descendants(head)) {
            max = Math.max(max, w.index());
        }
        return max;
    }

    static int nounPhraseStart(SemanticGraph g, IndexedWord head) {
        int min = head.index();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (NOUN_PHRASE_RELATIONS.contains(e.getRelation().toString())) {
                min = Math.min(min, firstIndex(g, e.getDependent()));
            }
        }
        return min;
    }
}
