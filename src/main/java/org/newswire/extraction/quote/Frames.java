package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.newswire.extraction.Span;
import org.newswire.extraction.speaker.Discourse;
import org.newswire.extraction.speaker.Mention;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.newswire.extraction.quote.Graphs.child;
import static org.newswire.extraction.quote.Graphs.firstIndex;
import static org.newswire.extraction.quote.Graphs.lastIndex;
import static org.newswire.extraction.quote.Graphs.nounPhraseStart;

/**
 * Finds the frames of one article's sentences from their dependency parses: each verb of saying
 * (and "according to") with the phrase naming its speaker and the clause it reports, cut as the
 * conventions say (after "that", before the attribution, without a dateline or a final stop).
 */
final class Frames {

    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");
    /** Relations through which a verb of saying takes its governor's subject ("…, adding", "told X and added"). */
    private static final Set<String> INHERITING = Set.of("conj", "xcomp", "advcl", "dep");
    /** Dependents of a verb of saying that end its clause when they come after it. */
    /** Verbs of passing on someone else's words: their object, not their subject, spoke them. */
    private static final Set<String> CONDUITS = Set.of("quote", "cite");
    /** Words that make a description one of an outlet ("the news agency", "state media", "the newspaper"). */
    private static final Set<String> OUTLET_WORDS = Set.of("news", "media", "newspaper");
    private static final Set<String> CLAUSE_BREAKING = Set.of("conj", "advcl", "parataxis");
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "could", "should", "may", "might", "must",
            "can", "has", "have", "had", "is", "are", "was", "were", "does", "did");
    private static final Set<String> CONTRACTED = Set.of("'re", "'m", "'ve", "'ll", "'d", "n't");
    private static final Set<String> TIME_WORDS = timeWords();

    private final String text;
    private final List<Sentence> sentences;
    private final List<QuoteMarks.Quoted> marks;
    private final SpeechLexicon lexicon;
    private final Predicate<Mention> isMedia;

    /** {@code isMedia} tells a news outlet passing on facts ("TASS reported"), which frames nothing. */
    Frames(String text, List<Sentence> sentences, List<QuoteMarks.Quoted> marks, SpeechLexicon lexicon, Predicate<Mention> isMedia) {
        this.text = text;
        this.sentences = sentences;
        this.marks = marks;
        this.lexicon = lexicon;
        this.isMedia = isMedia;
    }

    List<Frame> in(Sentence sentence) {
        List<Frame> found = new ArrayList<>();
        SemanticGraph g = sentence.graph();
        Optional<Frame> trailing = trailingAttribution(sentence);
        for (IndexedWord word : g.vertexListSorted()) {
            String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase();
            if (trailing.isPresent() && trailing.get().verb().start() == sentence.token(word).beginPosition()) {
                found.add(trailing.get());
            } else if (word.tag().startsWith("VB") && (lexicon.sayVerbs.contains(lemma) || lexicon.phraseVerbs.contains(lemma))) {
                Optional<Frame> frame = frame(sentence, word, lemma);
                if (frame.isPresent() && word.tag().equals("VBG") && !found.isEmpty() && child(g, word, "nsubj") == null) {
                    // "…, Peskov told the media, adding that …": the participle reports the same speaker
                    Frame f = frame.get();
                    frame = Optional.of(new Frame(f.sentence(), f.verb(), found.get(found.size() - 1).mention(), f.clause(),
                            f.clauseHasThat(), f.attributesPhrases()));
                }
                frame.ifPresent(found::add);
            } else if ("according".equalsIgnoreCase(word.word())) {
                according(sentence, word).ifPresent(found::add);
            }
        }
        for (Frame relay : found.stream().filter(f -> relaysFrame(f, found)).toList()) {
            found.remove(relay);
            Span cited = relay.clause();
            // the parse may hang the outlet's words inside the report it passes on; the report ends before them
            found.replaceAll(f -> f.clause() != null && cited.contains(f.verb()) && f.clause().end() > cited.end()
                    ? f.withClause(Span.of(text, f.clause().start(), cited.end())) : f);
        }
        return found;
    }

    /**
     * "The company added that …, CNBC reported": an outlet reporting, after it, a clause that is itself a
     * whole report of speech, its speaker and verb inside, only passes that report on.
     */
    private static boolean relaysFrame(Frame outer, List<Frame> found) {
        Span clause = outer.clause();
        String verb = outer.verb().text().toLowerCase(Locale.ROOT);
        // outlets report; a person's "…, he said" after "the figures suggest …" reports the suggestion, and
        // "according to" a statement or a data firm is the source the conventions name
        if (clause == null || clause.end() > outer.verb().start() || !verb.startsWith("report")) {
            return false;
        }
        return found.stream().anyMatch(f -> f != outer && f.clause() != null && clause.contains(f.verb())
                && clause.contains(f.mention().phrase()) && f.clause().start() < clause.end());
    }

    private Optional<Frame> frame(Sentence sentence, IndexedWord verb, String lemma) {
        SemanticGraph g = sentence.graph();
        if (isNegated(g, verb)) {
            return Optional.empty(); // "She did not say what …" reports nothing
        }
        int at = sentence.token(verb).beginPosition();
        if (marks.stream().anyMatch(m -> m.open() < at && at < m.close())) {
            return Optional.empty(); // "“… stick his hands up and say that,” Cook said": the speaker's own words
        }
        Mention mention = quotedAsSaying(sentence, verb);
        IndexedWord marked = markedClause(g, verb);

        IndexedWord agent = demonstrativeAgent(g, verb);
        IndexedWord subject = mention != null ? g.getNodeByIndexSafe(mention.head().index())
                : agent != null ? agent : subject(g, marked != null ? g.getParent(marked) : verb, sentence);
        if (subject == null || insideQuote(sentence.token(subject).beginPosition(), at)) {
            return Optional.empty(); // no subject at all, or one in the quoted words: nobody is reported
        }
        if (mention == null) {
            mention = Mentions.of(text, sentence, subject);
            Mention source = isOutlet(mention) ? quotedBy(sentence, verb, mention) : null;
            if (source != null) {
                mention = source;
                subject = g.getNodeByIndexSafe(source.head().index());
            } else if (isMedia.test(mention)) {
                return Optional.empty();
            }
        }
        Span clause = null;
        boolean hasThat = false;
        Span before = agent == null ? null : paragraphBefore(sentence);
        if (before != null) {
            return Optional.of(new Frame(sentence.index(), span(sentence, verb, verb), mention, before, false, false));
        }
        if (lexicon.sayVerbs.contains(lemma)) {
            IndexedWord complement = marked != null ? marked : child(g, verb, "ccomp");
            IndexedWord loose = child(g, verb, "dep");
            if (complement == null && loose != null && loose.index() > verb.index() && isFinite(g, loose)) {
                complement = loose; // "said the recall affected 2,000 cars", with "affected" read as a participle
            }
            boolean inverted = false;
            if (complement != null) {
                inverted = complement.index() < verb.index();
            } else if (!verb.tag().equals("VBG")) {
                SemanticGraphEdge up = g.getIncomingEdgesSorted(verb).stream().findFirst().orElse(null);
                // "Russia, he said, did not care" / "X, Y said": the verb hangs on the clause it reports
                if (up != null && "parataxis".equals(up.getRelation().toString())) {
                    complement = up.getGovernor();
                    // "X, a Y, said Z holds …" hung the other way round, its subject before the clause the parser
                    // made, reports the clause after the verb
                    inverted = complement.index() < verb.index() || subject.index() > firstIndex(g, complement);
                }
            }
            int[] range = null;
            if (complement != null && isFinite(g, complement)) {
                int attributionStart = Math.min(nounPhraseStart(g, subject), verb.index());
                range = inverted ? invertedClause(sentence, complement, attributionStart, verb)
                        : forwardClause(sentence, complement, verb);
            }
            if (range == null && !inverted) {
                range = fallbackClause(sentence, verb);
            }
            if (range != null) {
                hasThat = !inverted && range[0] >= 2 && "that".equalsIgnoreCase(sentence.tokens().get(range[0] - 2).word());
                clause = clauseSpan(sentence, range[0], range[1]);
            }
        }
        return Optional.of(new Frame(sentence.index(), span(sentence, verb, verb), mention, clause, hasThat,
                lexicon.phraseVerbs.contains(lemma)));
    }

    /**
     * The commonest attribution in news, read off the tokens because the parser often hangs it the
     * wrong way: a sentence ending in ", SPEAKER VERB (adjuncts)." ("…, a spokesperson for the ministry
     * said on Saturday.", "…, the club said in a statement.") or ", VERB SPEAKER." ("…, said Jane Doe,
     * the chief executive."), with a finite clause before the comma and no other verb after it.
     */
    private Optional<Frame> trailingAttribution(Sentence sentence) {
        List<CoreLabel> t = sentence.tokens();
        int end = t.size();
        while (end > 0 && isPunctuation(t.get(end - 1)) && !t.get(end - 1).word().equals(",")) {
            end--;
        }
        // the attribution may be followed by a participle of its own: "…, Pompeo said on Sunday, making good on …"
        for (int i = end - 1; i >= 2; i--) {
            if (t.get(i - 1).word().equals(",") && t.get(i).tag().equals("VBG")) {
                Optional<Frame> before = trailingAttribution(sentence, i - 1);
                if (before.isPresent()) {
                    return before;
                }
            }
        }
        return trailingAttribution(sentence, end);
    }

    /** {@link #trailingAttribution(Sentence)} with the attribution ending at token {@code end} (1-based). */
    private Optional<Frame> trailingAttribution(Sentence sentence, int end) {
        // the attribution may hold commas of its own: "…, said Dmitry Peskov, the press secretary of …"
        for (int comma = end; comma >= 2; comma--) {
            if (sentence.tokens().get(comma - 1).word().equals(",")) {
                Optional<Frame> frame = trailingAttribution(sentence, comma, end);
                if (frame.isPresent()) {
                    return frame;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #trailingAttribution(Sentence)} with the attribution between the comma and {@code end}. */
    private Optional<Frame> trailingAttribution(Sentence sentence, int comma, int end) {
        List<CoreLabel> t = sentence.tokens();
        if (!hasFiniteWord(t, 0, comma - 1) && !hasSubjectParticiple(sentence, comma - 1)) {
            return Optional.empty();
        }
        // "“…,” Yellen said": the comma sits inside the quotation, the attribution starts after its closing mark
        int start = comma + 1 <= end && closesQuoteAt(t.get(comma).endPosition()) ? comma + 2 : comma + 1;
        int verb = -1;
        Mention mention = null;
        if (start <= end && isReportingVerb(t.get(start - 1)) && start + 1 <= end && allNominal(t, start + 1, end, true)
                && !isTimeWord(t.get(start))) {
            verb = start;
            mention = Mentions.ofTokens(text, sentence, start + 1, end);
        } else {
            for (int v = start + 1; v <= end; v++) {
                if (isReportingVerb(t.get(v - 1))) {
                    if (allNominal(t, start, v - 1, false) && allNominal(t, v + 1, end, true)) {
                        verb = v;
                        mention = Mentions.ofTokens(text, sentence, start, v - 1);
                    }
                    break;
                }
            }
        }
        if (mention == null || isMedia.test(mention)) {
            return Optional.empty();
        }
        Span clause = clauseSpan(sentence, 1, comma - 1);
        CoreLabel v = t.get(verb - 1);
        return Optional.of(new Frame(sentence.index(), Span.of(text, v.beginPosition(), v.endPosition()), mention, clause,
                false, false));
    }

    private boolean isReportingVerb(CoreLabel t) {
        return Discourse.FINITE_TAGS.contains(t.tag()) && lexicon.sayVerbs.contains(t.lemma().toLowerCase());
    }

    /**
     * A day, month or "today": "…, Kim Hyun-chong, a deputy director, said Thursday after a meeting"
     * is no "…, said X" with Thursday speaking.
     */
    private static boolean isTimeWord(CoreLabel t) {
        return TIME_WORDS.contains(t.word().toUpperCase(Locale.ROOT));
    }

    private static Set<String> timeWords() {
        Set<String> words = new HashSet<>(Set.of("TODAY", "YESTERDAY", "TONIGHT", "TOMORROW"));
        Arrays.stream(DayOfWeek.values()).forEach(d -> words.add(d.name()));
        Arrays.stream(Month.values()).forEach(m -> words.add(m.name()));
        return Set.copyOf(words);
    }

    /** Tokens [from, to] (1-based) are words of noun phrases and adjuncts only: no verb, no clause. */
    private static boolean allNominal(List<CoreLabel> t, int from, int to, boolean commas) {
        for (int i = from; i <= to; i++) {
            String tag = t.get(i - 1).tag();
            boolean ok = tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("PRP") || tag.equals("DT")
                    || tag.equals("IN") || tag.equals("CD") || tag.equals("POS") || tag.equals("HYPH") || tag.equals("RB")
                    || tag.equals("TO") || (commas && t.get(i - 1).word().equals(",")) || t.get(i - 1).word().equals("&");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** "according to Y, X" and "X, according to Y". */
    private Optional<Frame> according(Sentence sentence, IndexedWord according) {
        SemanticGraph g = sentence.graph();
        IndexedWord source = g.getParent(according);
        if (source == null || source.index() < according.index()) {
            return Optional.empty();
        }
        Mention mention = Mentions.of(text, sentence, source);
        if (isMedia.test(mention)) {
            return Optional.empty();
        }
        int phraseEnd = Math.max(source.index(), lastIndex(g, source));
        List<CoreLabel> tokens = sentence.tokens();
        int first = 1;
        int last = tokens.size();
        if (according.index() <= 2) {
            int named = nameSetOffAfter(tokens, phraseEnd);
            if (named > 0) {
                // "According to his son, Mnjala Mwaluma, efforts …": the parse may make the name the clause's
                mention = Mentions.ofTokens(text, sentence, according.index() + 2, named);
                phraseEnd = named;
            }
            first = phraseEnd + 1;
        } else if (!hasContentAfter(tokens, phraseEnd)) {
            last = according.index() - 1;
        } // else "The fee, according to his agent, was …": the attribution interrupts the clause, which is kept whole
        Span clause = clauseSpan(sentence, first, last);
        if (clause == null) {
            return Optional.empty();
        }
        return Optional.of(new Frame(sentence.index(), span(sentence, according, according), mention, clause, false, false));
    }

    /** The last token of ", Proper Name," right after token {@code index} (1-based), or -1. */
    private static int nameSetOffAfter(List<CoreLabel> tokens, int index) {
        if (index + 1 > tokens.size() || !tokens.get(index).word().equals(",")) {
            return -1;
        }
        int last = index + 1;
        while (last < tokens.size() && tokens.get(last).tag().startsWith("NNP")) {
            last++;
        }
        return last > index + 1 && last < tokens.size() && tokens.get(last).word().equals(",") ? last : -1;
    }

    /** Words other than punctuation after token {@code index} (1-based). */
    private static boolean hasContentAfter(List<CoreLabel> tokens, int index) {
        return tokens.subList(index, tokens.size()).stream().anyMatch(t -> !isPunctuation(t));
    }

    private static boolean isNegated(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String w = e.getDependent().word().toLowerCase();
            if (e.getRelation().toString().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb's subject, else its governor's for "…, adding that" and "told X and added", else a
     * proper noun right after the verb ("“…,” declared Prigozhin"), which the parser reads as an object.
     */
    private IndexedWord subject(SemanticGraph g, IndexedWord verb, Sentence sentence) {
        IndexedWord inherited = inheritedSubject(g, verb);
        if (inherited != null && !insideQuote(sentence.token(inherited).beginPosition(), sentence.token(verb).beginPosition())) {
            return standIn(g, introducedName(g, inherited, verb));
        }
        SemanticGraphEdge up = g.getIncomingEdgesSorted(verb).stream().findFirst().orElse(null);
        if (up != null && up.getRelation().toString().equals("acl")) {
            // "a report saying that …": the report speaks for whoever released it
            return standIn(g, up.getGovernor());
        }
        // "“…,” declared Prigozhin" / "– emphasised the Kremlin spokesman": the parser reads an object
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            IndexedWord d = e.getDependent();
            if (d.index() > verb.index() && d.tag().startsWith("NN") && nounPhraseStart(g, d) == verb.index() + 1
                    && verb.index() > 1 && isPunctuation(sentence.tokens().get(verb.index() - 2))) {
                return d;
            }
        }
        return leadingSubject(g, verb, sentence);
    }

    /**
     * "Fain was quoted as saying the strike would go on": the parser makes "saying" a mark of the clause
     * or an adjective of its subject, and the clause hangs on the verb before; that clause is the report.
     */
    private static IndexedWord markedClause(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge hung = g.getIncomingEdgesSorted(verb).stream().findFirst().orElse(null);
        if (hung == null || !verb.tag().equals("VBG")) {
            return null;
        }
        IndexedWord clause = switch (hung.getRelation().toString()) {
            case "mark" -> hung.getGovernor();
            case "amod" -> {
                SemanticGraphEdge subject = g.getIncomingEdgesSorted(hung.getGovernor()).stream().findFirst().orElse(null);
                yield subject != null && subject.getRelation().toString().equals("nsubj") && hung.getGovernor().index() == verb.index() + 1
                        ? subject.getGovernor() : null;
            }
            default -> null;
        };
        return clause != null && clause.index() > verb.index() && g.getParent(clause) != null ? clause : null;
    }

    /**
     * "Moscow is not ready to extend the treaty. This was announced by Deputy Foreign Minister Sergey
     * Ryabkov.": a demonstrative made the passive subject of a verb of saying stands for what the
     * paragraph said before it, and the agent said it; null for any other verb.
     */
    private static IndexedWord demonstrativeAgent(SemanticGraph g, IndexedWord verb) {
        IndexedWord demonstrative = child(g, verb, "nsubj:pass");
        if (demonstrative == null || !demonstrative.tag().equals("DT")
                || !Set.of("this", "that").contains(demonstrative.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            IndexedWord by = child(g, e.getDependent(), "case");
            if (e.getRelation().toString().startsWith("obl") && by != null && by.word().equalsIgnoreCase("by")) {
                return e.getDependent();
            }
        }
        return null;
    }

    /** The sentences of the paragraph before this one, from the first with a finite verb (not a dateline); null if none. */
    private Span paragraphBefore(Sentence sentence) {
        int first = sentence.index();
        while (first > 0 && !text.substring(sentences.get(first - 1).end(), sentences.get(first).begin()).contains("\n")) {
            first--;
        }
        while (first < sentence.index() && !hasFiniteWord(sentences.get(first).tokens(), 0, sentences.get(first).tokens().size())) {
            first++;
        }
        if (first == sentence.index()) {
            return null;
        }
        Span start = clauseSpan(sentences.get(first), 1, sentences.get(first).tokens().size());
        Sentence last = sentences.get(sentence.index() - 1);
        Span end = clauseSpan(last, 1, last.tokens().size());
        return start == null || end == null ? null : Span.of(text, start.start(), end.end());
    }

    /**
     * "RIA quoted Sergei Ryabkov as saying", "Xinhua cited him as saying": whoever quotes, the one quoted
     * spoke. Read off the tokens (quote or cite, a noun phrase, "as", the verb of saying) because the
     * parser often takes "quoted" for an adjective of the name.
     */
    private Mention quotedAsSaying(Sentence sentence, IndexedWord verb) {
        List<CoreLabel> t = sentence.tokens();
        int v = verb.index();
        if (!verb.tag().equals("VBG") || v < 4 || !t.get(v - 2).word().equalsIgnoreCase("as")) {
            return null;
        }
        int end = v - 2;
        for (int c = v - 2; c >= Math.max(1, v - 16); c--) {
            CoreLabel w = t.get(c - 1);
            if (c < v - 2 && Discourse.FINITE_TAGS.contains(w.tag()) || w.tag().equals("VBN")) {
                // the noun phrase ends at its first comma: "Sergei Ryabkov, Russia's deputy foreign minister, as saying"
                // "was quoted by TASS as saying": passive, its subject spoke
                return CONDUITS.contains(w.lemma().toLowerCase(Locale.ROOT)) && c < end && !t.get(c).word().equalsIgnoreCase("by")
                        ? Mentions.ofTokens(text, sentence, c + 1, end) : null;
            }
            if (!allNominal(t, c, c, true)) {
                return null;
            }
            if (w.word().equals(",")) {
                end = c - 1;
            }
        }
        return null;
    }

    /** An outlet by name or by description ("PTI", "the news agency", "Iranian state media"). */
    private boolean isOutlet(Mention m) {
        return isMedia.test(m) || List.of(m.phrase().text().toLowerCase(Locale.ROOT).split("\\s+")).stream().anyMatch(OUTLET_WORDS::contains);
    }

    /**
     * "PTI, quoting the minister at a press conference, reports", "the agency reported quoting minister
     * Vaishnaw": an outlet quoting someone passes on that person's words (a person "quoting Churchill"
     * still speaks). The noun phrase after "quoting", next to the outlet's name or its verb; else null.
     */
    private Mention quotedBy(Sentence sentence, IndexedWord verb, Mention outlet) {
        List<CoreLabel> t = sentence.tokens();
        int phraseEnd = outlet.phrase().end();
        for (int q = 1; q <= Math.min(t.size() - 1, verb.index() + 2); q++) {
            CoreLabel w = t.get(q - 1);
            boolean next = q == verb.index() + 1 || (q == verb.index() + 2 && t.get(q - 2).word().equals(","))
                    || (q >= 2 && t.get(q - 2).word().equals(",") && t.get(q - 2).beginPosition() >= phraseEnd
                    && text.substring(phraseEnd, t.get(q - 2).beginPosition()).isBlank());
            if (next && w.word().equalsIgnoreCase("quoting")) {
                int last = q;
                while (last < t.size() && allNominal(t, last + 1, last + 1, false) && !t.get(last).tag().equals("IN")
                        && !t.get(last).tag().equals("TO") && !t.get(last).tag().equals("RB")) {
                    last++;
                }
                return last > q ? Mentions.ofTokens(text, sentence, q + 1, last) : null;
            }
        }
        return null;
    }

    /**
     * "Howard Silverblatt, a senior index analyst for Standard & Poor's, said …", parsed with the verb
     * hanging in the appositive: a sentence that opens with noun phrases only, up to a finite verb of
     * saying, opens with its subject, the head of its first noun phrase.
     */
    private IndexedWord leadingSubject(SemanticGraph g, IndexedWord verb, Sentence sentence) {
        if (!Discourse.FINITE_TAGS.contains(verb.tag()) || verb.index() < 2 || !allNominal(sentence.tokens(), 1, verb.index() - 1, true)) {
            return null;
        }
        Mention opening = Mentions.ofTokens(text, sentence, 1, verb.index() - 1);
        return opening == null ? null : g.getNodeByIndexSafe(opening.head().index());
    }

    /**
     * "In a statement carried by the Korean Central News Agency, Kim Yo Jong said": a name the parser
     * hangs as an appositive of the subject but that no comma closes before the verb is the subject;
     * the comma before it ended an opening phrase (an appositive name is closed: "Rosneft's chief,
     * Igor Sechin, said").
     */
    private static IndexedWord introducedName(SemanticGraph g, IndexedWord subject, IndexedWord verb) {
        if (!subject.tag().startsWith("NNP")) {
            return subject;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
            IndexedWord name = e.getDependent();
            if (e.getRelation().toString().equals("appos") && name.tag().startsWith("NNP") && name.index() == verb.index() - 1) {
                return name;
            }
        }
        return subject;
    }

    /**
     * A relative pronoun stands for the noun it modifies ("an assessment that found"), and a
     * document for the subject of the verb that put it out ("the ODNI released a report").
     */
    private static IndexedWord standIn(SemanticGraph g, IndexedWord subject) {
        IndexedWord noun = subject;
        if (subject.tag().startsWith("W")) {
            IndexedWord clause = g.getParent(subject);
            SemanticGraphEdge up = clause == null ? null : g.getIncomingEdgesSorted(clause).stream().findFirst().orElse(null);
            if (up != null && up.getRelation().toString().startsWith("acl")) {
                noun = up.getGovernor();
            }
        }
        if (noun.tag().startsWith("NN") && !noun.tag().startsWith("NNP")) {
            IndexedWord releasing = g.getParent(noun);
            if (releasing != null && releasing.tag().startsWith("VB")) {
                IndexedWord issuer = child(g, releasing, "nsubj");
                if (issuer != null && issuer != noun && issuer.tag().startsWith("NNP")) {
                    return issuer;
                }
            }
        }
        return noun;
    }

    private boolean insideQuote(int position, int verbPosition) {
        return marks.stream().anyMatch(m -> m.open() < position && position < m.close()
                && !(m.open() < verbPosition && verbPosition < m.close()));
    }

    private static IndexedWord inheritedSubject(SemanticGraph g, IndexedWord verb) {
        IndexedWord current = verb;
        for (int depth = 0; depth < 3 && current != null; depth++) {
            IndexedWord subject = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(current)) {
                // "Finance manager at the church, Richard Slisher said": of two subjects, the name
                if (SUBJECT_RELATIONS.contains(e.getRelation().toString())
                        && (subject == null || (!subject.tag().startsWith("NNP") && e.getDependent().tag().startsWith("NNP")))) {
                    subject = e.getDependent();
                }
            }
            if (subject != null) {
                return subject;
            }
            SemanticGraphEdge up = g.getIncomingEdgesSorted(current).stream().findFirst().orElse(null);
            // "contented himself with saying:", "ended by saying": a gerund in a prepositional phrase, too
            if (up == null || !(INHERITING.contains(up.getRelation().toString())
                    || (up.getRelation().toString().startsWith("obl") && current.tag().equals("VBG")))) {
                return null;
            }
            current = up.getGovernor();
        }
        return null;
    }

    /**
     * A clause with a finite verb, an auxiliary or a subject of its own; not a bare noun phrase
     * or a to-infinitive. Lenient on tags because the tagger sometimes reads "have" as VB.
     */
    private static boolean isFinite(SemanticGraph g, IndexedWord head) {
        if (Discourse.FINITE_TAGS.contains(head.tag())) {
            return true;
        }
        boolean subject = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word();
            if (rel.equals("mark") && word.equalsIgnoreCase("to")) {
                return false;
            }
            if ((rel.startsWith("aux") || rel.equals("cop")) && !word.equalsIgnoreCase("to")) {
                return true;
            }
            subject |= SUBJECT_RELATIONS.contains(rel);
        }
        return subject && head.tag().startsWith("VB");
    }

    /**
     * Clause after the verb: from its first word (past "that") to the end of the sentence, or to
     * the first later word that hangs on the verb itself ("…, and dismissed …", "…, noting that …").
     */
    private int[] forwardClause(Sentence sentence, IndexedWord complement, IndexedWord verb) {
        SemanticGraph g = sentence.graph();
        List<CoreLabel> tokens = sentence.tokens();
        // a clause reported forward starts after its verb, however the parser hung the words before it
        int first = Math.max(firstIndex(g, complement), verb.index() + 1);
        IndexedWord object = child(g, verb, "obj");
        if (object != null && object.index() > verb.index() && object.index() < complement.index()
                && "dep".equals(g.getEdge(verb, complement).getRelation().toString())) {
            first = Math.min(first, firstIndex(g, object)); // "said the man was not injured" parsed as said-(obj man)-(dep injured)
        }
        while (first < complement.index() && isSkippableLead(tokens.get(first - 1))) {
            first++;
        }
        if (first - 1 > verb.index() && opensQuoteAt(tokens.get(first - 2).beginPosition())) {
            first--; // the parser hangs an opening mark on the verb: "said “Battlefield V” had sold …"
        }
        int last = clauseEnd(sentence, verb, complement.index());
        if (underAnotherVerbOfSaying(g, verb, complement)) {
            // "What they're saying: “…,” Yellen said": the inner report ends with the inner verb's own phrase
            last = Math.min(last, lastIndex(g, verb));
            last = throughClosingMark(tokens, first, last);
        }
        return new int[]{first, last};
    }

    /**
     * "…, stressing that the sanctions “are working.”": a quotation the clause opens and its last word
     * ends keeps its stop and closing mark, which the parser hangs on the main verb.
     */
    private int throughClosingMark(List<CoreLabel> tokens, int first, int last) {
        int start = tokens.get(first - 1).beginPosition();
        int end = tokens.get(last - 1).endPosition();
        for (QuoteMarks.Quoted m : marks) {
            if (m.open() >= start && m.open() < end && m.close() > end && text.substring(end, m.close()).matches("[.?!]?[\"”’']")) {
                for (int j = last + 1; j <= tokens.size(); j++) {
                    if (tokens.get(j - 1).endPosition() == m.close()) {
                        return j;
                    }
                }
            }
        }
        return last;
    }

    private boolean underAnotherVerbOfSaying(SemanticGraph g, IndexedWord verb, IndexedWord complement) {
        for (IndexedWord up = g.getParent(verb); up != null; up = g.getParent(up)) {
            if (up != complement && up.tag().startsWith("VB") && up.lemma() != null && lexicon.sayVerbs.contains(up.lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private int clauseEnd(Sentence sentence, IndexedWord verb, int after) {
        List<CoreLabel> tokens = sentence.tokens();
        int last = tokens.size();
        for (SemanticGraphEdge e : sentence.graph().outgoingEdgeList(verb)) {
            int i = firstIndex(sentence.graph(), e.getDependent());
            // "said A, and that B" reports B too: the clause runs on, to be split at "and that"
            boolean secondReport = child(sentence.graph(), e.getDependent(), "mark") != null
                    && "that".equalsIgnoreCase(child(sentence.graph(), e.getDependent(), "mark").word());
            if (i > after && CLAUSE_BREAKING.contains(e.getRelation().toString()) && i - 1 < last && !secondReport) {
                last = i - 1;
            }
        }
        // ", adding that …", ", noting …": a participle of saying starts a report of its own; ", and
        // dismissed …" (a subjectless verb in the tense of the verb of saying) is the speaker's next act
        for (int i = after + 1; i < last; i++) {
            CoreLabel t = tokens.get(i);
            // the comma may sit inside a closing quotation mark: "…,” stressing that …"
            int comma = isQuoteMark(tokens.get(i - 1).originalText()) && i >= 2 ? i - 2 : i - 1;
            boolean afterComma = tokens.get(comma).word().equals(",");
            // a participle of saying, or the report's own attribution again ("…, its chairman said in a statement")
            if (afterComma && ((t.tag().equals("VBG") && lexicon.sayVerbs.contains(t.lemma())) || isAttributionFrom(tokens, i))) {
                last = comma < i - 1 ? i : i - 1; // a closing mark stays with the clause
                break;
            }
            if (afterComma && t.tag().equals("CC") && i + 1 < last && tokens.get(i + 1).tag().equals(verb.tag())
                    && !verb.tag().equals("VBG")) {
                last = i - 1;
                break;
            }
        }
        while (last > after && isTrailingJoin(sentence.tokens().get(last - 1))) {
            last--;
        }
        return last;
    }

    /** Tokens from {@code i} (0-based) are a short naming phrase and a finite verb of saying: ", its defence minister said". */
    private boolean isAttributionFrom(List<CoreLabel> tokens, int i) {
        for (int v = i + 1; v < tokens.size() && v <= i + 8; v++) {
            if (isReportingVerb(tokens.get(v))) {
                return allNominal(tokens, i + 1, v, false) && tokens.get(i).tag().matches("NN.*|DT|PRP\\$?|JJ");
            }
        }
        return false;
    }

    /** Commas and conjunctions left dangling where a clause was cut. */
    private static boolean isTrailingJoin(CoreLabel token) {
        return token.tag().equals("CC") || (isPunctuation(token) && !isQuoteMark(token.originalText())
                && !token.word().equals("?") && !token.word().equals("!"));
    }

    /**
     * Where the parse found no clause: "added that …" within a few words of the verb, or an
     * "object" that is really a subject ("said the U.S. will …", "claims Russia has …").
     */
    private int[] fallbackClause(Sentence sentence, IndexedWord verb) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = verb.index() + 1; i <= Math.min(tokens.size() - 1, verb.index() + 6); i++) {
            CoreLabel t = tokens.get(i - 1);
            if (Discourse.FINITE_TAGS.contains(t.tag()) || (isPunctuation(t) && !t.word().equals(","))) {
                break;
            }
            if (t.word().equalsIgnoreCase("that")) {
                return hasFiniteWord(tokens, i, tokens.size()) ? new int[]{i + 1, clauseEnd(sentence, verb, i)} : null;
            }
        }
        IndexedWord object = child(sentence.graph(), verb, "obj");
        if (object != null) {
            int start = firstIndex(sentence.graph(), object);
            if (start > verb.index() && reachesFiniteWord(tokens, start - 1)) {
                return new int[]{start, tokens.size()};
            }
        } else if (Discourse.FINITE_TAGS.contains(verb.tag()) && verb.index() < tokens.size()
                && !isPunctuation(tokens.get(verb.index())) && !tokens.get(verb.index()).tag().matches("IN|TO")
                && reachesFiniteWord(tokens, verb.index())) {
            // "says now is not the time …": the parser hung the verb on the clause instead of the clause on it
            return new int[]{verb.index() + 1, clauseEnd(sentence, verb, verb.index())};
        }
        return null;
    }

    /**
     * Whether a finite verb or auxiliary follows before anything that would start another clause
     * (a comma, a conjunction, a relative pronoun): "said any attempt … would be prevented" is a
     * clause, "denied the accusations, which were …" is not.
     */
    private static boolean reachesFiniteWord(List<CoreLabel> tokens, int from) {
        for (CoreLabel t : tokens.subList(from, tokens.size())) {
            if (t.word().equals(",") || t.tag().equals("CC") || t.tag().startsWith("W")) {
                return false;
            }
            if (Discourse.FINITE_TAGS.contains(t.tag()) || AUXILIARIES.contains(t.word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The road reopened on Monday, …": a past participle with no auxiliary whose subject the parse
     * finds before it is a past tense the tagger misread, so the clause is finite. Among the first
     * {@code to} tokens.
     */
    private static boolean hasSubjectParticiple(Sentence sentence, int to) {
        SemanticGraph g = sentence.graph();
        if (g == null) {
            return false;
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord verb = e.getGovernor();
            if (verb.index() <= to && verb.tag().equals("VBN") && e.getRelation().toString().equals("nsubj")
                    && e.getDependent().index() < verb.index()
                    && g.outgoingEdgeList(verb).stream().noneMatch(a -> a.getRelation().toString().startsWith("aux"))) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb or an auxiliary among tokens [from, to) (0-based), by tag or by word. */
    private static boolean hasFiniteWord(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            CoreLabel t = tokens.get(i);
            String w = t.word().toLowerCase().replace('’', '\'');
            if (Discourse.FINITE_TAGS.contains(t.tag()) || AUXILIARIES.contains(w) || CONTRACTED.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Clause before the verb ("X, Y said"): from the clause's first word to the attribution. When the
     * clause goes on after the attribution ("Russia, he said, did not care") it is kept whole, the
     * attribution included, as the conventions say; punctuation after it does not count as going on.
     */
    private static int[] invertedClause(Sentence sentence, IndexedWord complement, int attributionStart, IndexedWord verb) {
        SemanticGraph g = sentence.graph();
        Set<IndexedWord> attribution = new HashSet<>(g.descendants(verb));
        int contentAfter = 0;
        for (IndexedWord w : g.descendants(complement)) {
            if (!attribution.contains(w) && w.index() > verb.index() && !isPunctuation(sentence.token(w))) {
                contentAfter = Math.max(contentAfter, w.index());
            }
        }
        int last = contentAfter > 0 ? sentence.tokens().size() : attributionStart - 1;
        int first = firstIndex(g, complement);
        return first <= last ? new int[]{first, last} : null;
    }

    /** A complementiser "that" (not the determiner of "that email") or punctuation other than an opening mark. */
    private boolean isSkippableLead(CoreLabel token) {
        return (token.word().equalsIgnoreCase("that") && !token.tag().equals("DT"))
                || (isPunctuation(token) && !opensQuoteAt(token.beginPosition()));
    }

    /** Tokens first..last (1-based, inclusive) as a span trimmed of edge punctuation and a final stop. */
    private Span clauseSpan(Sentence sentence, int first, int last) {
        List<CoreLabel> tokens = sentence.tokens();
        int f = first;
        int l = last;
        while (f <= l && isEdgePunctuation(tokens.get(f - 1), true)) {
            f++;
        }
        // "Meanwhile, the council …": a sentence adverb before a comma is the writer's, not the speaker's
        if (f + 1 < l && tokens.get(f - 1).tag().equals("RB") && tokens.get(f).word().equals(",")) {
            f += 2;
        }
        while (l >= f && isEdgePunctuation(tokens.get(l - 1), false) && !closesBracketOpenedIn(tokens, f, l)) {
            l--;
        }
        if (f > l) {
            return null;
        }
        return Texts.trim(text, tokens.get(f - 1).beginPosition(), tokens.get(l - 1).endPosition());
    }

    /** "(New START)": the last token closes a bracket the clause itself opened. */
    private static boolean closesBracketOpenedIn(List<CoreLabel> tokens, int first, int last) {
        String w = tokens.get(last - 1).originalText();
        if (!w.equals(")") && !w.equals("]")) {
            return false;
        }
        String opener = w.equals(")") ? "(" : "[";
        int depth = 0;
        for (int i = first; i < last; i++) {
            String t = tokens.get(i - 1).originalText();
            depth += t.equals(opener) ? 1 : t.equals(w) ? -1 : 0;
        }
        return depth > 0;
    }

    /** Punctuation cut from a clause's edges; quote marks stay when they close a quoted piece inside it. */
    private boolean isEdgePunctuation(CoreLabel token, boolean leading) {
        String w = token.originalText();
        if (w.equals("?") || w.equals("!")) {
            return leading;
        }
        if (isQuoteMark(w)) {
            return leading ? !opensQuoteAt(token.beginPosition()) : !closesQuoteAt(token.endPosition());
        }
        return isPunctuation(token);
    }

    private boolean opensQuoteAt(int position) {
        return marks.stream().anyMatch(m -> m.open() == position);
    }

    private boolean closesQuoteAt(int position) {
        return marks.stream().anyMatch(m -> m.close() == position);
    }

    private Span span(Sentence sentence, IndexedWord from, IndexedWord to) {
        return Span.of(text, sentence.token(from).beginPosition(), sentence.token(to).endPosition());
    }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’")
                || w.equals("'") || w.equals("``") || w.equals("''");
    }

    static boolean isPunctuation(CoreLabel token) {
        String w = token.originalText();
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
