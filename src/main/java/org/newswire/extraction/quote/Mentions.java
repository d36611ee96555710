package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.newswire.extraction.Span;
import org.newswire.extraction.speaker.Mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.newswire.extraction.quote.Graphs.NOUN_PHRASE_RELATIONS;
import static org.newswire.extraction.quote.Graphs.firstIndex;
import static org.newswire.extraction.quote.Graphs.lastIndex;

/** Builds the {@link Mention} of a speaker from the dependency parse of its sentence, or from its tokens. */
final class Mentions {

    /** Branches of a noun that are not part of what it names: a set-off name, a relative clause. */
    private static final Set<String> OUTSIDE_EXTENT = Set.of("appos", "acl", "acl:relcl", "punct", "parataxis", "dep");

    private Mentions() {
    }

    static Mention of(String text, Sentence sentence, IndexedWord head) {
        SemanticGraph g = sentence.graph();
        int first = head.index();
        int last = head.index();
        int extentFirst = head.index();
        int extentLast = head.index();
        String determiner = null;
        Span appositive = null;
        Span possessor = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            Span subtree = span(text, sentence, firstIndex(g, d), lastIndex(g, d));
            if (rel.equals("det")) {
                determiner = d.word().toLowerCase(Locale.ROOT);
            }
            if (NOUN_PHRASE_RELATIONS.contains(rel) || rel.equals("nmod:poss")) {
                first = Math.min(first, firstIndex(g, d));
                last = Math.max(last, lastIndex(g, d));
            }
            if (rel.equals("nmod:poss")) {
                possessor = subtree;
            } else if (rel.equals("appos") && appositive == null) {
                appositive = subtree;
            }
            if (!OUTSIDE_EXTENT.contains(rel)) {
                extentFirst = Math.min(extentFirst, firstIndex(g, d));
                extentLast = Math.max(extentLast, lastIndex(g, d));
            }
        }
        return new Mention(span(text, sentence, first, last), span(text, sentence, extentFirst, extentLast), appositive,
                possessor, sentence.tokens().get(head.index() - 1), determiner, sentence.index());
    }

    /**
     * The mention of a noun phrase read off its tokens (1-based, inclusive) where the parse cannot be
     * trusted: the head is the last noun or pronoun before a preposition or comma ("a spokesperson for
     * the ministry", "the club's manager", "Jane Doe, the chief executive"), a comma sets off an
     * appositive, a possessive 's ends a possessor.
     */
    static Mention ofTokens(String text, Sentence sentence, int first, int last) {
        List<CoreLabel> tokens = sentence.tokens();
        int head = -1;
        int possessorEnd = -1;
        int i = first;
        for (; i <= last; i++) {
            CoreLabel t = tokens.get(i - 1);
            if (t.tag().equals("IN") || t.word().equals(",")) {
                break;
            }
            if (t.tag().equals("POS")) {
                possessorEnd = i - 1;
            } else if (t.tag().startsWith("NN") || t.tag().startsWith("PRP")) {
                head = i;
            } else if (head > 0 && head == i - 2 && tokens.get(i - 2).tag().equals("HYPH")) {
                // the tokenizer splits a hyphenated word; its last part heads it ("the 23-year-old")
                head = i;
            }
        }
        if (head < 0) {
            return null;
        }
        Span appositive = null;
        if (i <= last && tokens.get(i - 1).word().equals(",") && i + 1 <= last) {
            appositive = span(text, sentence, i + 1, last);
        }
        CoreLabel first0 = tokens.get(first - 1);
        String determiner = first0.tag().equals("DT") ? first0.word().toLowerCase(Locale.ROOT) : null;
        Span possessor = possessorEnd >= first ? span(text, sentence, first, possessorEnd) : null;
        return new Mention(span(text, sentence, first, head), span(text, sentence, first, appositive != null ? i - 1 : last),
                appositive, possessor, tokens.get(head - 1), determiner, sentence.index());
    }

    private static Span span(String text, Sentence sentence, int first, int last) {
        return Span.of(text, sentence.tokens().get(first - 1).beginPosition(), sentence.tokens().get(last - 1).endPosition());
    }
}
