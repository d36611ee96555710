package org.newswire.extraction.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newswire.extraction.Document;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.ExtractedEntity;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.Layer;
import org.newswire.extraction.Pipeline;
import org.newswire.extraction.QuoteType;
import org.newswire.extraction.Span;
import org.newswire.extraction.Stage;
import org.newswire.extraction.mention.AliasTable;
import org.newswire.extraction.speaker.Attribution;
import org.newswire.extraction.speaker.Discourse;
import org.newswire.extraction.speaker.Mention;
import org.newswire.extraction.speaker.Occurrence;
import org.newswire.extraction.speaker.Speaker;
import org.newswire.extraction.speaker.SpeakerSieves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Direct, indirect and mixed quotes with their speakers, in two steps. Finding: quotation marks come
 * from the raw text, verbs of saying with their speakers' phrases and clause complements from the
 * dependency parse ({@link Frames}); a reported clause with quoted pieces in it is one mixed quote; a
 * quotation is direct when it stands on its own, attributed by a verb of saying in its sentence or
 * carried on from the quote before it; a short quoted phrase counts only when a verb gives it to a
 * named speaker. Attribution: each quote's naming phrase, in text order, goes through the
 * {@link SpeakerSieves}.
 */
public final class QuoteStage implements Stage {

    /** A quotation shorter than this many words needs an attributing verb in its sentence to count. */
    private static final int SHORT_QUOTE_WORDS = 4;
    /** Longest "Name, role:" label a transcript-style quotation may open with. */
    private static final int LABEL_WORDS = 8;
    /** How many lines from the top are read as possible headlines. */
    private static final int HEADLINE_LINES = 4;
    private static final int UNLIKELY_SPEAKER_PENALTY = 10_000;
    /** Words a title leaves in lower case ("The Spy Who Dumped Me", "Album of the Year"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "to",
            "for", "at", "by", "with", "from", "as", "vs");

    private final SpeechLexicon lexicon = new SpeechLexicon();
    private final AliasTable speakerAliases = AliasTable.load("speaker-aliases.tsv");
    private final SpeakerSieves sieves;

    public QuoteStage() {
        this(SpeakerSieves.standard());
    }

    public QuoteStage(SpeakerSieves sieves) {
        this.sieves = sieves;
    }

    /**
     * Whether this stage may read a sentence's dependency parse: only a verb of saying or "according"
     * opens a frame, and every other use of the parse starts from a frame.
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

    /**
     * A quote found, before attribution: its frame (null for a quotation no verb attributes), or a
     * speaker already known (a headline's name); {@code phrase} quotes need a named speaker to count.
     */
    private record Candidate(Span span, QuoteType type, Frame frame, Speaker known, boolean phrase) {
    }

    /** The per-document state of one extraction. */
    private final class Run {
        private final String text;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Occurrence> occurrences = new ArrayList<>();
        private final List<QuoteMarks.Quoted> marks;
        private final List<Candidate> found = new ArrayList<>();
        private final Discourse discourse;
        private final Frames frameFinder;

        Run(Document document) {
            this.text = document.text();
            List<List<CoreLabel>> tokenLists = new ArrayList<>();
            List<SemanticGraph> graphs = new ArrayList<>();
            for (CoreMap s : document.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), tokens, s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
                    tokenLists.add(tokens);
                    graphs.add(sentences.get(sentences.size() - 1).graph());
                }
            }
            for (ExtractedEntity e : document.entities()) {
                for (Span span : e.occurrences()) {
                    occurrences.add(new Occurrence(span, e.name(), e.type()));
                }
            }
            occurrences.sort(Comparator.comparingInt(o -> o.span().start()));
            this.marks = QuoteMarks.find(text);
            List<Span> quotations = marks.stream().map(m -> new Span(m.open(), m.close(), "")).toList();
            this.discourse = new Discourse(text, tokenLists, graphs, occurrences, quotations, speakerAliases, lexicon::isMedia);
            this.frameFinder = new Frames(text, sentences, marks, lexicon, this::isMedia);
        }

        /**
         * A news outlet passing on facts ("TASS reported", "according to Russia's TASS news agency", "the
         * Vedomosti business daily", named or not by the tagger) frames no quote; its reporter ("Reuters
         * correspondent John Smith") does.
         */
        private boolean isMedia(Mention m) {
            List<Occurrence> named = occurrences.stream().filter(o -> m.phrase().contains(o.span())).toList();
            if (named.stream().anyMatch(o -> o.type() == org.newswire.extraction.EntityType.PERSON)) {
                return false;
            }
            return lexicon.isMedia(m.phrase().text()) || named.stream().anyMatch(o -> lexicon.isMedia(o.name()))
                    || Arrays.stream(m.phrase().text().split("\\s+")).anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && lexicon.isMedia(w.replaceAll("['’]s$", "")));
        }

        List<ExtractedQuote> extract() {
            headline();
            Set<QuoteMarks.Quoted> consumed = new HashSet<>();
            List<Frame> frames = new ArrayList<>();
            for (Sentence sentence : sentences) {
                Pipeline.stopIfInterrupted();
                frames.addAll(frameFinder.in(sentence));
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
            found.sort(Comparator.comparingInt(c -> c.span().start()));
            return dedupe(attribute(found));
        }

        // ---- attribution ---------------------------------------------------------------------

        /** Resolves every candidate's speaker in text order (a frame once, at its first quote). */
        private List<ExtractedQuote> attribute(List<Candidate> candidates) {
            Map<Frame, Speaker> byFrame = new IdentityHashMap<>();
            List<ExtractedQuote> out = new ArrayList<>();
            for (Candidate c : candidates) {
                Pipeline.stopIfInterrupted();
                int position = c.frame() != null ? c.frame().attributionStart() : c.span().start();
                Attribution at = attribution(position, c.frame() == null ? null : c.frame().mention());
                Speaker speaker;
                if (c.known() != null) {
                    speaker = c.known();
                } else if (c.frame() != null) {
                    speaker = byFrame.computeIfAbsent(c.frame(), f -> sieves.resolve(at, discourse));
                } else {
                    speaker = sieves.resolve(at, discourse);
                }
                if (keeps(c, speaker)) {
                    discourse.record(at, speaker);
                    out.add(new ExtractedQuote(c.span(), c.type(), speaker.name(), speaker.type(), speaker.mention(), speaker.sieve()));
                }
            }
            return out;
        }

        private Attribution attribution(int position, Mention mention) {
            return new Attribution(position, discourse.sentenceOf(position), discourse.paragraphOf(position), mention);
        }

        /** A short phrase needs a named speaker; "it" that stands for no one ("It is worth noting that") reports nothing. */
        private boolean keeps(Candidate c, Speaker speaker) {
            if (c.phrase() && speaker.name() == null) {
                return false;
            }
            return !(speaker.name() == null && speaker.mention() != null && speaker.mention().text().equalsIgnoreCase("it"));
        }

        // ---- headlines: "Speaker: claim" and "claim: Speaker" ------------------------------------

        /**
         * Headline-like lines near the top: "Speaker: claim", "claim: Speaker" and "claim – Speaker"
         * ("Peskov: Kyiv’s sanctions …", "… may impose new sanctions – Blinken", "China opposes …:
         * commerce ministry"). A photo caption near the top ("Vladimir Putin, president of Russia. Photo:
         * …") has the same shape and is nobody's claim.
         */
        private void headline() {
            int start = 0;
            for (int line = 0; line < HEADLINE_LINES && start < text.length(); line++) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                String raw = text.substring(start, end);
                String candidate = raw.strip();
                if (!candidate.matches(".*[.!?\"”]$") && candidate.split("\\s+").length <= 25 && !Discourse.CAPTION.matcher(candidate).find()) {
                    int colon = raw.indexOf(": ");
                    int dash = Math.max(raw.lastIndexOf(" – "), Math.max(raw.lastIndexOf(" — "), raw.lastIndexOf(" - ")));
                    if (colon > 0) {
                        headlineClaim(Texts.trim(text, start, start + colon), Texts.trim(text, start + colon + 2, end));
                    } else if (dash > 0) {
                        headlineClaim(null, Texts.trim(text, start, start + dash), Texts.trim(text, start + dash + 3, end));
                    }
                }
                start = end + 1;
            }
        }

        private void headlineClaim(Span left, Span right) {
            headlineClaim(left, left, right);
        }

        /** {@code left} may name the speaker; the claim is on one side, the speaker on the other. */
        private void headlineClaim(Span leftSpeaker, Span claimLeft, Span right) {
            if (claimLeft == null || right == null || occurrences.stream().anyMatch(o -> o.span().start() <= claimLeft.start()
                    && right.end() <= o.span().end())) {
                return; // a line that is one name ("Maksim Kabakou - Fotolia") is a credit, not a claim
            }
            Occurrence leftName = leftSpeaker == null ? null : wholeName(leftSpeaker);
            Occurrence rightName = wholeName(right);
            if (leftName != null && rightName == null) {
                found.add(new Candidate(right, typeOf(right), null, discourse.named(leftName, leftSpeaker), false));
            } else if (rightName != null && leftName == null) {
                found.add(new Candidate(claimLeft, typeOf(claimLeft), null, discourse.named(rightName, right), false));
            } else if (leftName == null && right.text().split("\\s+").length <= 3) {
                describedSpeaker(right).ifPresent(f -> found.add(new Candidate(claimLeft, typeOf(claimLeft), f, null, false)));
            }
        }

        /** "…: commerce ministry", "… – Kremlin official": a short description as the headline's speaker, for the sieves. */
        private java.util.Optional<Frame> describedSpeaker(Span words) {
            for (Sentence s : sentences) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < s.tokens().size(); i++) {
                    CoreLabel t = s.tokens().get(i);
                    if (t.beginPosition() >= words.start() && t.endPosition() <= words.end()) {
                        first = first < 0 ? i + 1 : first;
                        last = i + 1;
                    }
                }
                if (first > 0) {
                    if (s.tokens().subList(first - 1, last).stream().anyMatch(t -> t.tag().startsWith("VB"))) {
                        return java.util.Optional.empty();
                    }
                    Mention m = Mentions.ofTokens(text, s, first, last);
                    return java.util.Optional.ofNullable(m).map(x -> new Frame(s.index(), x.phrase(), x, null, false, false));
                }
            }
            return java.util.Optional.empty();
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

        // ---- turning frames and marks into quotes ----------------------------------------------

        private void reported(Frame frame, Set<QuoteMarks.Quoted> consumed) {
            Span clause = frame.clause();
            if (clause == null) {
                return;
            }
            List<QuoteMarks.Quoted> inside = new ArrayList<>();
            for (QuoteMarks.Quoted q : marks) {
                if (q.open() >= clause.start() && (q.close() <= clause.end() + 1 || closesAfterComma(q, clause))) {
                    inside.add(q);
                } else if (q.open() < clause.end() && clause.start() < q.close()) {
                    return; // the clause lies in a quotation: that quotation is a direct quote
                }
            }
            if (inside.size() == 1 && !frame.clauseHasThat() && (coversClause(inside.get(0), clause)
                    || text.substring(clause.start(), inside.get(0).open()).strip().endsWith(":"))) {
                return; // "he said: “…”" and "he told analysts: “…”" are direct quotes
            }
            consumed.addAll(inside);
            // a title in marks ("Battlefield V") is not the speaker's words: the report stays indirect
            QuoteType type = inside.stream().allMatch(q -> isTitle(q.content().text())) ? QuoteType.INDIRECT : QuoteType.MIXED;
            for (Span part : splitAndThat(clause)) {
                found.add(new Candidate(part, type, frame, null, false));
            }
        }

        /** "It’s “really important to be forthcoming,” she said": the clause ends at the comma inside the marks. */
        private boolean closesAfterComma(QuoteMarks.Quoted q, Span clause) {
            return q.close() > clause.end() && q.close() <= clause.end() + 3
                    && text.substring(clause.end(), q.close()).matches(",\\s?[\"”’']");
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
            Span a = Texts.trim(text, clause.start(), clause.start() + at);
            Span b = Texts.trim(text, clause.start() + at + " and that ".length(), clause.end());
            if (a != null) {
                parts.add(a);
            }
            if (b != null) {
                parts.add(b);
            }
            return parts;
        }

        private void direct(QuoteMarks.Quoted quoted, List<Frame> frames) {
            if (isTitle(quoted.content().text())) {
                return; // "Bohemian Rhapsody", "Battlefield V", "FIFA": a title or a name in marks is nobody's words
            }
            Frame frame = attributing(quoted, frames);
            int words = quoted.content().text().split("\\s+").length;
            if (words < SHORT_QUOTE_WORDS && !(frame != null && isUtterance(quoted, frame))) {
                // a short phrase is a quote only where a verb like "called" or "accused" gives it to a speaker
                if (frame != null && frame.attributesPhrases()) {
                    found.add(new Candidate(quoted.content(), QuoteType.DIRECT, frame, null, true));
                }
                return;
            }
            if (frame == null) {
                frame = introducedByColon(quoted.open(), frames);
            }
            if (frame == null) {
                frame = speechWithoutWords(quoted, frames);
            }
            found.add(new Candidate(quoted.content(), QuoteType.DIRECT, frame, frame == null ? labelled(quoted) : null, false));
        }

        /**
         * "David Miller, winning captain: “…”": a quotation whose line starts with a name and a short
         * label ending in a colon, with no verb of saying, is that name's, as in a transcript.
         */
        private Speaker labelled(QuoteMarks.Quoted quoted) {
            int lineStart = text.lastIndexOf('\n', quoted.open()) + 1;
            String label = text.substring(lineStart, quoted.open()).strip();
            if (!label.endsWith(":") || label.split("\\s+").length > LABEL_WORDS) {
                return null;
            }
            for (Occurrence o : occurrences) {
                if (o.span().start() >= lineStart && text.substring(lineStart, o.span().start()).isBlank()
                        && o.type() != EntityType.LOCATION) {
                    String rest = text.substring(o.span().end(), quoted.open()).strip();
                    return rest.equals(":") || rest.startsWith(",") ? discourse.named(o, o.span()) : null;
                }
            }
            return null;
        }

        /** Every word capitalised but small function words, no closing stop, a few words at most. */
        private static boolean isTitle(String quoted) {
            String[] words = quoted.strip().split("\\s+");
            if (words.length > 8 || quoted.matches(".*[.!?,;:]$") || !Character.isUpperCase(words[0].codePointAt(0))) {
                return false;
            }
            for (String w : words) {
                if (!Character.isUpperCase(w.codePointAt(0)) && !TITLE_SMALL_WORDS.contains(w) && Character.isLetter(w.codePointAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The quotation is what the frame's speaker said, whole: the attribution follows it with only
         * punctuation between ("“We will respond,” officials said") or introduces it ("He said: “…”").
         */
        private boolean isUtterance(QuoteMarks.Quoted quoted, Frame frame) {
            String between = frame.attributionStart() >= quoted.close()
                    ? text.substring(quoted.close(), frame.attributionStart())
                    : frame.attributionEnd() <= quoted.open() ? text.substring(frame.attributionEnd(), quoted.open()) : "x";
            return between.strip().matches("[,:;—–-]?");
        }

        /**
         * The frame's attribution starts right after the quotation with a comma or a lower-case verb,
         * or, after a question or an exclamation the splitter ended the sentence at ("“Why now?” he
         * said."), is a sentence of its own reporting no clause that starts in lower case or right there.
         */
        private boolean continuesAfter(QuoteMarks.Quoted quoted, Frame f) {
            if (f.attributionStart() < quoted.close()) {
                return false;
            }
            String between = text.substring(quoted.close(), f.attributionStart()).strip();
            if (!between.isEmpty()) {
                return between.equals(",");
            }
            boolean lowerCase = Character.isLowerCase(text.charAt(f.attributionStart()));
            boolean asked = quoted.content().text().matches("(?s).*[?!]$");
            return (f.verb().start() == f.attributionStart() && lowerCase) || (f.clause() == null && (lowerCase || asked));
        }

        /**
         * "Hughton expressed his disappointment in his side. ¶ “You can’t concede …”": a quotation that opens
         * its paragraph, after a sentence whose verb of speech reported no words of its own and names its
         * speaker, gives them.
         */
        private Frame speechWithoutWords(QuoteMarks.Quoted quoted, List<Frame> frames) {
            if (!text.substring(text.lastIndexOf('\n', quoted.open()) + 1, quoted.open()).isBlank()) {
                return null;
            }
            int paragraph = discourse.paragraphOf(quoted.open());
            int sentence = discourse.sentenceOf(quoted.open());
            for (Frame f : frames) {
                // named, not described: a description the quote before may already have resolved differently
                if (f.sentence() == sentence - 1 && f.clause() == null && discourse.paragraphOf(f.verb().start()) < paragraph
                        && discourse.occurrenceAt(f.mention().headOffset()).isPresent()
                        && found.stream().noneMatch(c -> c.frame() == f)) {
                    return f;
                }
            }
            return null;
        }

        /**
         * A frame whose sentence ends with a colon just before this position ("He said:"), or with a
         * comma when the frame reports no words of its own ("She continues by saying,").
         */
        private Frame introducedByColon(int position, List<Frame> frames) {
            for (Frame f : frames) {
                Sentence s = sentences.get(f.sentence());
                char last = text.charAt(s.end() - 1);
                if (s.end() <= position && (last == ':' || (last == ',' && f.clause() == null))
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
                    found.add(new Candidate(Span.of(text, start, start + paragraph.length()), QuoteType.DIRECT, f, null, false));
                }
            }
        }

        /**
         * The frame in the quotation's sentence whose verb is outside it, nearest first; a phrase
         * that names no one in particular ("What they’re saying: “…,” Yellen said") is a last resort.
         */
        private Frame attributing(QuoteMarks.Quoted quoted, List<Frame> frames) {
            Frame best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Frame f : frames) {
                Sentence s = sentences.get(f.sentence());
                boolean sameSentence = s.begin() < quoted.close() && quoted.open() < s.end();
                boolean outside = f.verb().end() <= quoted.open() || f.verb().start() >= quoted.close();
                // "“… the year.”, commented Bob Pannell": the splitter may end the sentence inside the marks
                if (!(sameSentence || continuesAfter(quoted, f)) || !outside || (f.verb().start() >= quoted.close() && introducesNext(f))) {
                    continue;
                }
                int distance = f.verb().start() >= quoted.close() ? f.verb().start() - quoted.close() : quoted.open() - f.verb().end();
                if (namesNoOne(f.mention())) {
                    distance += UNLIKELY_SPEAKER_PENALTY;
                }
                if (distance < bestDistance) {
                    best = f;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /** "…” Dr Chris Lintott said: “…”": a frame ending in a colon before a quotation is that quotation's, not the one before. */
        private boolean introducesNext(Frame f) {
            for (QuoteMarks.Quoted q : marks) {
                if (q.open() >= f.attributionEnd()) {
                    return text.substring(f.attributionEnd(), q.open()).matches("[^.!?\"“”]{0,60}:\\s*");
                }
            }
            return false;
        }

        private boolean namesNoOne(Mention m) {
            return (m.isPlural() && discourse.bestIn(m.extent()).isEmpty())
                    || m.word().equals("they") || m.word().equals("it");
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
                    kept.set(same, new ExtractedQuote(first.span(), first.type(), q.speaker(), q.speakerType(), q.speakerMention(), q.attributedBy()));
                }
            }
            return kept;
        }
    }
}
