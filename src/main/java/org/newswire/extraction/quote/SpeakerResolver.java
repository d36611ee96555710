package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.Span;
import org.newswire.extraction.mention.Alias;
import org.newswire.extraction.mention.AliasTable;

import java.util.List;

import static org.newswire.extraction.quote.Graphs.NOUN_PHRASE_RELATIONS;
import static org.newswire.extraction.quote.Graphs.firstIndex;
import static org.newswire.extraction.quote.Graphs.lastIndex;

/**
 * Turns the subject of a verb of saying into a speaker: a named entity, a body for its unnamed
 * spokesperson, the issuer of a document, or the person last quoted for a pronoun or role phrase.
 * Keeps per-document state (who was quoted last), so one instance serves one document, in text order.
 */
final class SpeakerResolver {

    private final String text;
    private final List<Occurrence> occurrences;
    private final SpeechLexicon lexicon;
    private final AliasTable speakerAliases;
    private final AliasTable documentIssuers;
    /** The last person a frame was attributed to, for pronouns and role phrases. */
    private Speaker lastPerson;
    private int lastPersonSentence = -1;
    private Speaker lastSpeaker;

    SpeakerResolver(String text, List<Occurrence> occurrences, SpeechLexicon lexicon, AliasTable speakerAliases,
                    AliasTable documentIssuers) {
        this.text = text;
        this.occurrences = occurrences;
        this.lexicon = lexicon;
        this.speakerAliases = speakerAliases;
        this.documentIssuers = documentIssuers;
    }

    Speaker resolve(Sentence sentence, IndexedWord head) {
        SemanticGraph g = sentence.graph();
        int first = head.index();
        int last = head.index();
        IndexedWord determiner = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            int i = e.getDependent().index();
            if (rel.equals("det")) {
                determiner = e.getDependent();
            } else if (NOUN_PHRASE_RELATIONS.contains(rel) || rel.equals("nmod:poss")) {
                first = Math.min(first, firstIndex(g, e.getDependent()));
                last = Math.max(last, lastIndex(g, e.getDependent()));
            }
        }
        CoreLabel headToken = sentence.token(head);
        Span phrase = Span.of(text, sentence.tokens().get(first - 1).beginPosition(), sentence.tokens().get(last - 1).endPosition());
        String lemma = headToken.lemma() == null ? headToken.word().toLowerCase() : headToken.lemma().toLowerCase();

        Occurrence atHead = occurrenceAt(headToken.beginPosition());
        if (atHead != null && isDateline(sentence, head)) {
            // "MOSCOW - The Kremlin said": the capitals are a dateline, the speaker comes after it
            atHead = occurrences.stream().filter(o -> o.span().start() > headToken.endPosition()
                    && o.span().end() <= sentence.end()).findFirst().orElse(null);
        }
        if (atHead != null) {
            return named(atHead, phrase);
        }
        Occurrence inPhrase = bestIn(phrase);
        if (lexicon.roleNouns.contains(lemma)) {
            boolean indefinite = determiner != null && determiner.word().matches("(?i)an?");
            Occurrence body = inPhrase != null ? inPhrase : bestIn(modifierSpan(sentence, head));
            if (!indefinite && recentPerson(sentence)) {
                return new Speaker(lastPerson.name(), EntityType.PERSON, phrase);
            }
            if (body != null) {
                return named(body, phrase);
            }
            return indefinite ? Speaker.unnamed(phrase) : personOrUnnamed(phrase);
        }
        if (inPhrase != null) {
            // "US officials" speak for the body; "Russian officials" name none and fall through
            return named(inPhrase, phrase);
        }
        Occurrence modifier = bestIn(modifierSpan(sentence, head));
        if (modifier != null && !headToken.tag().startsWith("PRP")) {
            return named(modifier, phrase);
        }
        if (headToken.tag().startsWith("NNP")) {
            // a surname the tagger missed this time ("declared Prigozhin") names a person it found elsewhere
            for (Occurrence o : occurrences) {
                if (o.type() == EntityType.PERSON && o.name().endsWith(" " + headToken.word())) {
                    return new Speaker(o.name(), o.type(), phrase);
                }
            }
        }
        Alias document = documentIssuers.lookup(lemma).orElse(null);
        if (document != null) {
            return new Speaker(document.name(), document.type(), phrase);
        }
        if (lexicon.bodyNouns.contains(lemma)) {
            return body(lemma, phrase);
        }
        return switch (lemma) {
            case "he", "she" -> personOrUnnamed(phrase);
            case "it" -> lastSpeaker != null && lastSpeaker.type() != EntityType.PERSON && lastSpeaker.name() != null
                    ? new Speaker(lastSpeaker.name(), lastSpeaker.type(), phrase) : Speaker.unnamed(phrase);
            default -> Speaker.unnamed(phrase);
        };
    }

    private boolean isDateline(Sentence sentence, IndexedWord head) {
        CoreLabel token = sentence.token(head);
        String w = token.originalText();
        return head.index() <= 2 && head.index() < sentence.tokens().size() && w.length() > 2
                && w.equals(w.toUpperCase()) && "-–—,".contains(sentence.tokens().get(head.index()).word());
    }

    Speaker named(Occurrence o, Span phrase) {
        if (o.type() == EntityType.PERSON) {
            return new Speaker(o.name(), o.type(), phrase);
        }
        return speakerAliases.lookup(o.span().text())
                .or(() -> speakerAliases.lookup(o.name()))
                .map(a -> new Speaker(a.name(), a.type(), phrase))
                .orElseGet(() -> new Speaker(o.name(), o.type(), phrase));
    }

    /**
     * "the ministry", "the agency", "the statement": the last organisation named before whose
     * name has that word, else the last organisation quoted, else nobody named.
     */
    private Speaker body(String lemma, Span phrase) {
        Occurrence match = null;
        for (Occurrence o : occurrences) {
            if (o.span().start() < phrase.start() && o.type() == EntityType.ORGANIZATION
                    && o.name().toLowerCase().contains(lemma)) {
                match = o;
            }
        }
        if (match != null) {
            return new Speaker(match.name(), match.type(), phrase);
        }
        if (lastSpeaker != null && lastSpeaker.type() == EntityType.ORGANIZATION) {
            return new Speaker(lastSpeaker.name(), lastSpeaker.type(), phrase);
        }
        return Speaker.unnamed(phrase);
    }

    private Speaker personOrUnnamed(Span phrase) {
        if (lastPerson != null) {
            return new Speaker(lastPerson.name(), EntityType.PERSON, phrase);
        }
        Occurrence before = null;
        for (Occurrence o : occurrences) {
            if (o.span().start() < phrase.start() && o.type() == EntityType.PERSON) {
                before = o;
            }
        }
        return before == null ? Speaker.unnamed(phrase) : new Speaker(before.name(), EntityType.PERSON, phrase);
    }

    private boolean recentPerson(Sentence sentence) {
        return lastPerson != null && sentence.index() - lastPersonSentence <= 6;
    }

    void remember(Sentence sentence, Speaker speaker) {
        if (speaker == null || speaker.name() == null) {
            return;
        }
        lastSpeaker = speaker;
        if (speaker.type() == EntityType.PERSON) {
            lastPerson = speaker;
            lastPersonSentence = sentence.index();
        }
    }

    /** Words hanging on a noun by nmod ("a spokesperson for the Kremlin"). */
    private Span modifierSpan(Sentence sentence, IndexedWord head) {
        SemanticGraph g = sentence.graph();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().startsWith("nmod")) {
                IndexedWord d = e.getDependent();
                return Span.of(text, sentence.tokens().get(firstIndex(g, d) - 1).beginPosition(),
                        sentence.tokens().get(lastIndex(g, d) - 1).endPosition());
            }
        }
        return new Span(0, 0, "");
    }

    private Occurrence occurrenceAt(int position) {
        for (Occurrence o : occurrences) {
            if (o.span().start() <= position && position < o.span().end()) {
                return o;
            }
        }
        return null;
    }

    /** The person named in a span, else an organisation, else a place. */
    private Occurrence bestIn(Span span) {
        Occurrence best = null;
        for (Occurrence o : occurrences) {
            if (span.contains(o.span()) && (best == null || o.type().ordinal() < best.type().ordinal())) {
                best = o;
            }
        }
        return best;
    }

    boolean isMedia(Speaker speaker) {
        return speaker.name() != null && (lexicon.media.contains(speaker.name()) || lexicon.media.contains(speaker.mention().text()));
    }
}
