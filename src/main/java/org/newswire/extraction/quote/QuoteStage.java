package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.newswire.extraction.Document;
import org.newswire.extraction.ExtractedEntity;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.Layer;
import org.newswire.extraction.QuoteType;
import org.newswire.extraction.Span;
import org.newswire.extraction.Stage;
import org.newswire.extraction.mention.AliasTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.newswire.extraction.quote.Graphs.child;
import static org.newswire.extraction.quote.Graphs.firstIndex;
import static org.newswire.extraction.quote.Graphs.lastIndex;
import static org.newswire.extraction.quote.Graphs.nounPhraseStart;

/**
 * Direct, indirect and mixed quotes with their speakers. Quotation marks are found in the raw text;
 * verbs of saying, their subjects and their clause complements come from the dependency parse.
 * A reported clause with quoted pieces in it is one mixed quote; a quotation is direct when it
 * stands on its own, attributed by a verb of saying in its sentence or carried on from the quote
 * before it; a short quoted phrase counts only when a verb in its sentence attributes it. Who the
 * subject of a verb of saying is, is the {@link SpeakerResolver}'s business.
 */
public final class QuoteStage implements Stage {

    /** A quotation shorter than this many words needs an attributing verb in its sentence to count. */
    private static final int SHORT_QUOTE_WORDS = 4;
    /** How many lines from the top are read as possible headlines. */
    private static final int HEADLINE_LINES = 4;
    private static final int UNNAMED_PENALTY = 10_000;
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");
    /** Relations through which a verb of saying takes its governor's subject ("…, adding", "told X and added"). */
    private static final Set<String> INHERITING = Set.of("conj", "xcomp", "advcl", "dep");
    /** Dependents of a verb of saying that end its clause when they come after it. */
    private static final Set<String> CLAUSE_BREAKING = Set.of("conj", "advcl", "parataxis");
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "could", "should", "may", "might", "must",
            "can", "has", "have", "had", "is", "are", "was", "were", "does", "did");

    private final SpeechLexicon lexicon = new SpeechLexicon();
    private final AliasTable speakerAliases = AliasTable.load("speaker-aliases.tsv");
    /** Documents quoted as speakers and the body that issued them ("the indictment" → grand jury). */
    private final AliasTable documentIssuers = AliasTable.load("document-issuers.tsv");

    /**
     * Whether this stage may read a sentence's dependency parse: only a verb of saying or "according"
     * opens a frame (see {@code frames}), and every other use of the parse starts from a frame.
     */
    public boolean needsParse(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase();
            if ((t.tag() != null && t.tag().startsWith("VB") && (lexicon.sayVerbs.contains(lemma) || lexicon.phraseVerbs.contains(lemma)))
                    || "according".equalsIgnoreCase(t.word())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.NLP, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public void process(Document document) {
        document.setQuotes(new Run(document).extract());
    }

    /** The per-document state of one extraction. */
    private final class Run {
        private final String text;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Occurrence> occurrences = new ArrayList<>();
        private final List<QuoteMarks.Quoted> marks;
        private final List<ExtractedQuote> out = new ArrayList<>();
        private final SpeakerResolver speakers;

        Run(Document document) {
            this.text = document.text();
            int i = 0;
            for (CoreMap s : document.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(i++, tokens, s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
                }
            }
            for (ExtractedEntity e : document.entities()) {
                for (Span span : e.occurrences()) {
                    occurrences.add(new Occurrence(span, e.name(), e.type()));
                }
            }
            occurrences.sort(Comparator.comparingInt(o -> o.span().start()));
            this.marks = QuoteMarks.find(text);
            this.speakers = new SpeakerResolver(text, occurrences, lexicon, speakerAliases, documentIssuers);
        }

        List<ExtractedQuote> extract() {
            headline();
            Set<QuoteMarks.Quoted> consumed = new HashSet<>();
            List<Frame> frames = new ArrayList<>();
            for (Sentence sentence : sentences) {
                frames.addAll(frames(sentence));
            }
            for (Frame frame : frames) {
                reported(frame, consumed);
            }
            blockQuotes(frames);
            for (QuoteMarks.Quoted quoted : marks) {
                if (!consumed.contains(quoted)) {
                    direct(quoted, frames);
                }
            }
            out.sort(Comparator.comparingInt(q -> q.span().start()));
            return dedupe(out);
        }

        // ---- headlines: "Speaker: claim" and "claim: Speaker" ------------------------------------

        /** Headline-like lines near the top ("Peskov: Kyiv’s sanctions …", "Moscow: We will …"). */
        private void headline() {
            int start = 0;
            for (int line = 0; line < HEADLINE_LINES && start < text.length(); line++) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                String candidate = text.substring(start, end).strip();
                int colon = text.substring(start, end).indexOf(": ");
                if (colon > 0 && !candidate.matches(".*[.!?\"”]$") && candidate.split("\\s+").length <= 25) {
                    headlineClaim(trim(start, start + colon), trim(start + colon + 2, end));
                }
                start = end + 1;
            }
        }

        private void headlineClaim(Span left, Span right) {
            if (left == null || right == null) {
                return;
            }
            Occurrence leftName = wholeName(left);
            Occurrence rightName = wholeName(right);
            if (leftName != null && rightName == null) {
                add(right, typeOf(right), speakers.named(leftName, left));
            } else if (rightName != null && leftName == null) {
                add(left, typeOf(left), speakers.named(rightName, right));
            }
        }

        private QuoteType typeOf(Span span) {
            return marks.stream().anyMatch(m -> span.start() <= m.open() && m.close() <= span.end())
                    ? QuoteType.MIXED : QuoteType.INDIRECT;
        }

        /** The entity named at the end of a short span ("Kremlin spokesman Peskov"), or null. */
        private Occurrence wholeName(Span span) {
            for (Occurrence o : occurrences) {
                if (o.span().end() == span.end() && span.contains(o.span())
                        && text.substring(span.start(), o.span().start()).split("\\s+").length <= 4) {
                    return o;
                }
            }
            return null;
        }

        // ---- frames: verbs of saying with their speakers and clauses -----------------------------

        private List<Frame> frames(Sentence sentence) {
            List<Frame> found = new ArrayList<>();
            SemanticGraph g = sentence.graph();
            for (IndexedWord word : g.vertexListSorted()) {
                String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase();
                if (word.tag().startsWith("VB") && (lexicon.sayVerbs.contains(lemma) || lexicon.phraseVerbs.contains(lemma))) {
                    Optional<Frame> frame = frame(sentence, word, lemma);
                    if (frame.isPresent() && word.tag().equals("VBG") && !found.isEmpty() && child(g, word, "nsubj") == null) {
                        // "…, Peskov told the media, adding that …": the participle reports the same speaker
                        Frame f = frame.get();
                        frame = Optional.of(new Frame(f.sentence(), f.verb(), found.get(found.size() - 1).speaker(), f.clause(),
                                f.clauseHasThat(), f.attributesPhrases()));
                    }
                    frame.ifPresent(found::add);
                } else if ("according".equalsIgnoreCase(word.word())) {
                    according(sentence, word).ifPresent(found::add);
                }
            }
            return found;
        }

        private Optional<Frame> frame(Sentence sentence, IndexedWord verb, String lemma) {
            SemanticGraph g = sentence.graph();
            if (isNegated(g, verb)) {
                return Optional.empty(); // "She did not say what …" reports nothing
            }
            IndexedWord subject = subject(g, verb, sentence);
            if (subject == null) {
                // no subject at all ("It is worth noting that …"): nobody is reported
                return Optional.empty();
            }
            Span verbSpan = span(sentence, verb, verb);
            Speaker speaker = speakers.resolve(sentence, subject);
            if (speakers.isMedia(speaker) || (speaker.name() == null && speaker.mention().text().equalsIgnoreCase("it"))) {
                return Optional.empty(); // "It is worth noting that …" has no speaker
            }
            Span clause = null;
            boolean hasThat = false;
            if (lexicon.sayVerbs.contains(lemma)) {
                IndexedWord complement = child(g, verb, "ccomp");
                boolean inverted = false;
                if (complement != null) {
                    inverted = complement.index() < verb.index();
                } else if (!verb.tag().equals("VBG")) {
                    SemanticGraphEdge up = g.getIncomingEdgesSorted(verb).stream().findFirst().orElse(null);
                    // "Russia, he said, did not care" / "X, Y said": the verb hangs on the clause it reports
                    if (up != null && "parataxis".equals(up.getRelation().toString())) {
                        complement = up.getGovernor();
                        inverted = true;
                    }
                }
                int[] range = null;
                if (complement != null && isFinite(g, complement)) {
                    int attributionStart = subject != null ? Math.min(nounPhraseStart(g, subject), verb.index()) : verb.index();
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
            speakers.remember(sentence, speaker);
            return Optional.of(new Frame(sentence.index(), verbSpan, speaker, clause, hasThat, lexicon.phraseVerbs.contains(lemma)));
        }

        /** "according to Y, X" and "X, according to Y". */
        private Optional<Frame> according(Sentence sentence, IndexedWord according) {
            SemanticGraph g = sentence.graph();
            IndexedWord source = g.getParent(according);
            if (source == null || source.index() < according.index()) {
                return Optional.empty();
            }
            Speaker speaker = speakers.resolve(sentence, source);
            if (speaker == null || speakers.isMedia(speaker)) {
                return Optional.empty();
            }
            int phraseEnd = Math.max(source.index(), lastIndex(g, source));
            List<CoreLabel> tokens = sentence.tokens();
            int first = 1;
            int last = tokens.size();
            if (according.index() <= 2) {
                first = phraseEnd + 1;
            } else {
                last = according.index() - 1;
            }
            Span clause = clauseSpan(sentence, first, last);
            if (clause == null) {
                return Optional.empty();
            }
            speakers.remember(sentence, speaker);
            return Optional.of(new Frame(sentence.index(), span(sentence, according, according), speaker, clause, false, false));
        }

        private boolean isNegated(SemanticGraph g, IndexedWord verb) {
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
                return standIn(g, inherited);
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
            return null;
        }

        /**
         * A relative pronoun stands for the noun it modifies ("an assessment that found"), and a
         * document for the subject of the verb that put it out ("the ODNI released a report").
         */
        private IndexedWord standIn(SemanticGraph g, IndexedWord subject) {
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

        private IndexedWord inheritedSubject(SemanticGraph g, IndexedWord verb) {
            IndexedWord current = verb;
            for (int depth = 0; depth < 3 && current != null; depth++) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(current)) {
                    if (SUBJECT_RELATIONS.contains(e.getRelation().toString())) {
                        return e.getDependent();
                    }
                }
                SemanticGraphEdge up = g.getIncomingEdgesSorted(current).stream().findFirst().orElse(null);
                if (up == null) {
                    return null;
                }
                String rel = up.getRelation().toString();
                if (!INHERITING.contains(rel)) {
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
        private boolean isFinite(SemanticGraph g, IndexedWord head) {
            if (FINITE_TAGS.contains(head.tag())) {
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
            int first = firstIndex(g, complement);
            while (first < complement.index() && isSkippableLead(tokens.get(first - 1))) {
                first++;
            }
            return new int[]{first, clauseEnd(sentence, verb, complement.index())};
        }

        private int clauseEnd(Sentence sentence, IndexedWord verb, int after) {
            List<CoreLabel> tokens = sentence.tokens();
            int last = tokens.size();
            for (SemanticGraphEdge e : sentence.graph().outgoingEdgeList(verb)) {
                int i = firstIndex(sentence.graph(), e.getDependent());
                if (i > after && CLAUSE_BREAKING.contains(e.getRelation().toString()) && i - 1 < last) {
                    last = i - 1;
                }
            }
            // ", adding that …", ", noting …": a participle of saying starts a report of its own
            for (int i = after + 1; i < last; i++) {
                CoreLabel t = tokens.get(i);
                if (tokens.get(i - 1).word().equals(",") && t.tag().equals("VBG") && lexicon.sayVerbs.contains(t.lemma())) {
                    last = i - 1;
                    break;
                }
            }
            while (last > after && isTrailingJoin(sentence.tokens().get(last - 1))) {
                last--;
            }
            return last;
        }

        /** Commas and conjunctions left dangling where a clause was cut. */
        private boolean isTrailingJoin(CoreLabel token) {
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
                if (FINITE_TAGS.contains(t.tag()) || (isPunctuation(t) && !t.word().equals(","))) {
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
            }
            return null;
        }

        /**
         * Whether a finite verb or auxiliary follows before anything that would start another clause
         * (a comma, a conjunction, a relative pronoun): "said any attempt … would be prevented" is a
         * clause, "denied the accusations, which were …" is not.
         */
        private boolean reachesFiniteWord(List<CoreLabel> tokens, int from) {
            for (CoreLabel t : tokens.subList(from, tokens.size())) {
                if (t.word().equals(",") || t.tag().equals("CC") || t.tag().startsWith("W")) {
                    return false;
                }
                if (FINITE_TAGS.contains(t.tag()) || AUXILIARIES.contains(t.word().toLowerCase())) {
                    return true;
                }
            }
            return false;
        }

        /** A finite verb or an auxiliary among tokens [from, to) (0-based), by tag or by word. */
        private boolean hasFiniteWord(List<CoreLabel> tokens, int from, int to) {
            for (CoreLabel t : tokens.subList(from, to)) {
                if (FINITE_TAGS.contains(t.tag()) || AUXILIARIES.contains(t.word().toLowerCase())) {
                    return true;
                }
            }
            return false;
        }

        /** Clause before the verb ("X, Y said"): from the sentence start to the attribution. */
        private int[] invertedClause(Sentence sentence, IndexedWord complement, int attributionStart, IndexedWord verb) {
            SemanticGraph g = sentence.graph();
            int last = attributionStart - 1;
            int subtreeEnd = lastIndex(g, complement);
            if (subtreeEnd > verb.index()) {
                // a parenthetical "Russia, he said, did not care": the clause runs on past the verb
                last = sentence.tokens().size();
            }
            int first = firstIndex(g, complement);
            return first <= last ? new int[]{first, last} : null;
        }

        private boolean isSkippableLead(CoreLabel token) {
            return token.word().equalsIgnoreCase("that")
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
            while (l >= f && isEdgePunctuation(tokens.get(l - 1), false)) {
                l--;
            }
            if (f > l) {
                return null;
            }
            return trim(tokens.get(f - 1).beginPosition(), tokens.get(l - 1).endPosition());
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

        // ---- speakers --------------------------------------------------------------------------

        // ---- turning frames and marks into quotes ----------------------------------------------

        private void reported(Frame frame, Set<QuoteMarks.Quoted> consumed) {
            Span clause = frame.clause();
            if (clause == null) {
                return;
            }
            List<QuoteMarks.Quoted> inside = new ArrayList<>();
            for (QuoteMarks.Quoted q : marks) {
                if (q.open() >= clause.start() && q.close() <= clause.end() + 1) {
                    inside.add(q);
                } else if (q.open() < clause.end() && clause.start() < q.close()) {
                    return; // the clause lies in a quotation: that quotation is a direct quote
                }
            }
            if (inside.size() == 1 && !frame.clauseHasThat() && coversClause(inside.get(0), clause)) {
                return; // "he said: “…”" is a direct quote
            }
            consumed.addAll(inside);
            QuoteType type = inside.isEmpty() ? QuoteType.INDIRECT : QuoteType.MIXED;
            for (Span part : splitAndThat(clause)) {
                add(part, type, frame.speaker());
            }
        }

        private boolean coversClause(QuoteMarks.Quoted q, Span clause) {
            String outside = text.substring(clause.start(), Math.max(clause.start(), q.open()))
                    + text.substring(Math.min(clause.end(), q.close()), clause.end());
            return outside.replaceAll("[\\p{Punct}\\s“”‘’]", "").isEmpty();
        }

        /** "said that A and that B" reports two clauses. */
        private List<Span> splitAndThat(Span clause) {
            String s = clause.text();
            int at = s.indexOf(" and that ");
            if (at < 0) {
                return List.of(clause);
            }
            List<Span> parts = new ArrayList<>();
            Span a = trim(clause.start(), clause.start() + at);
            Span b = trim(clause.start() + at + " and that ".length(), clause.end());
            if (a != null) {
                parts.add(a);
            }
            if (b != null) {
                parts.add(b);
            }
            return parts;
        }

        private void direct(QuoteMarks.Quoted quoted, List<Frame> frames) {
            Frame frame = attributing(quoted, frames);
            int words = quoted.content().text().split("\\s+").length;
            if (words < SHORT_QUOTE_WORDS) {
                // a short phrase is a quote only where a verb like "called" or "accused" gives it to a speaker
                if (frame != null && frame.attributesPhrases() && frame.speaker().name() != null) {
                    add(quoted.content(), QuoteType.DIRECT, frame.speaker());
                }
                return;
            }
            if (frame == null) {
                frame = introducedByColon(quoted.open(), frames);
            }
            Speaker speaker = frame != null ? frame.speaker() : carriedOver(quoted);
            add(quoted.content(), QuoteType.DIRECT, speaker);
        }

        /** A frame whose sentence ends with a colon just before this position ("He said:"). */
        private Frame introducedByColon(int position, List<Frame> frames) {
            for (Frame f : frames) {
                Sentence s = sentences.get(f.sentence());
                if (s.end() <= position && text.charAt(s.end() - 1) == ':'
                        && text.substring(s.end(), position).isBlank()) {
                    return f;
                }
            }
            return null;
        }

        /** "…, claiming:" followed by a paragraph with no quotation marks: a block quotation. */
        private void blockQuotes(List<Frame> frames) {
            for (Frame f : frames) {
                Sentence s = sentences.get(f.sentence());
                if (f.clause() != null || text.charAt(s.end() - 1) != ':') {
                    continue;
                }
                int start = s.end();
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = text.indexOf('\n', start);
                String paragraph = text.substring(start, end < 0 ? text.length() : end).stripTrailing();
                if (!paragraph.isEmpty() && paragraph.chars().noneMatch(c -> "\"“”‘’".indexOf(c) >= 0)) {
                    add(Span.of(text, start, start + paragraph.length()), QuoteType.DIRECT, f.speaker());
                }
            }
        }

        /** The frame in the quotation's sentence whose verb is outside it, nearest first. */
        private Frame attributing(QuoteMarks.Quoted quoted, List<Frame> frames) {
            Frame best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Frame f : frames) {
                Sentence s = sentences.get(f.sentence());
                boolean sameSentence = s.begin() < quoted.close() && quoted.open() < s.end();
                boolean outside = f.verb().end() <= quoted.open() || f.verb().start() >= quoted.close();
                if (!sameSentence || !outside || f.speaker() == null) {
                    continue;
                }
                int distance = f.verb().start() >= quoted.close() ? f.verb().start() - quoted.close() : quoted.open() - f.verb().end();
                if (f.speaker().name() == null) {
                    distance += UNNAMED_PENALTY; // "What they’re saying: “…,” Yellen said" is Yellen's
                }
                if (distance < bestDistance) {
                    best = f;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /** A quotation with no verb of saying near it carries on from the quote before it. */
        private Speaker carriedOver(QuoteMarks.Quoted quoted) {
            ExtractedQuote previous = null;
            for (ExtractedQuote q : out) {
                if (q.span().end() <= quoted.open() && (previous == null || q.span().end() > previous.span().end())) {
                    previous = q;
                }
            }
            if (previous == null || previous.speakerMention() == null) {
                return null;
            }
            return new Speaker(previous.speaker(), previous.speakerType(), previous.speakerMention());
        }

        private void add(Span span, QuoteType type, Speaker speaker) {
            if (span == null || span.text().isBlank()) {
                return;
            }
            out.add(speaker == null
                    ? new ExtractedQuote(span, type, null, null, null)
                    : new ExtractedQuote(span, type, speaker.name(), speaker.type(), speaker.mention()));
        }

        /** Drops overlapping items and word-for-word repeats, keeping a speaker that only a repeat names. */
        private List<ExtractedQuote> dedupe(List<ExtractedQuote> quotes) {
            List<ExtractedQuote> kept = new ArrayList<>();
            for (ExtractedQuote q : quotes) {
                if (kept.stream().anyMatch(k -> k.span().overlaps(q.span()))) {
                    continue;
                }
                int same = -1;
                for (int i = 0; i < kept.size(); i++) {
                    if (kept.get(i).span().text().equals(q.span().text())) {
                        same = i;
                    }
                }
                if (same < 0) {
                    kept.add(q);
                } else if (kept.get(same).speaker() == null && q.speaker() != null) {
                    ExtractedQuote first = kept.get(same);
                    kept.set(same, new ExtractedQuote(first.span(), first.type(), q.speaker(), q.speakerType(), q.speakerMention()));
                }
            }
            return kept;
        }

        private Span trim(int start, int end) {
            int s = start;
            int e = end;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || ",:;—–-".indexOf(text.charAt(s)) >= 0)) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",:;.—–-".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            return e > s ? Span.of(text, s, e) : null;
        }
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’")
                || w.equals("'") || w.equals("``") || w.equals("''");
    }

    private static boolean isPunctuation(CoreLabel token) {
        String w = token.originalText();
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
