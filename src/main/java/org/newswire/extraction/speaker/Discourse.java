package org.newswire.extraction.speaker;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.Span;
import org.newswire.extraction.mention.AliasTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Predicate;

/**
 * What the sieves know of one article: its sentences, where each entity is named, the words that
 * describe each person ({@link Descriptors}), and who was quoted so far. Speakers are resolved in
 * text order and recorded here, so "he" and "the club" can look back. One instance per article.
 */
public final class Discourse {

    private final String text;
    private final List<List<CoreLabel>> sentences;
    private final List<SemanticGraph> graphs;
    private final int[] sentenceStarts;
    private final int[] paragraphStarts;
    private final List<Occurrence> occurrences;
    private final Map<String, Set<String>> descriptors;
    private final AliasTable speakerAliases;
    private final Predicate<String> isMedia;
    private final List<Span> quotations;
    private final NounLexicon lexicon = NounLexicon.get();
    private final SalienceRanker persons = SalienceRanker.trained(SalienceRanker.Model.PERSON);
    private final Map<String, NounLexicon.Gender> pronounGender = new HashMap<>();
    private final List<Resolved> history = new ArrayList<>();

    private record Resolved(Attribution attribution, Speaker speaker) {
    }

    /**
     * {@code quotations} are the spans inside quotation marks: a name there is part of what someone
     * said, not a person or body the narrative brings forward as a speaker.
     */
    public Discourse(String text, List<List<CoreLabel>> sentences, List<SemanticGraph> graphs, List<Occurrence> occurrences,
                     List<Span> quotations, AliasTable speakerAliases, Predicate<String> isMedia) {
        this.quotations = quotations;
        this.text = text;
        this.sentences = sentences;
        this.graphs = graphs;
        this.sentenceStarts = sentences.stream().mapToInt(s -> s.get(0).beginPosition()).toArray();
        this.paragraphStarts = paragraphStarts(text);
        this.occurrences = occurrences.stream().sorted(Comparator.comparingInt(o -> o.span().start())).toList();
        this.descriptors = Descriptors.of(sentences, this.occurrences);
        this.speakerAliases = speakerAliases;
        this.isMedia = isMedia;
    }

    private static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) != '\n' && !text.substring(starts.get(starts.size() - 1), i).isBlank()) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        return text;
    }

    public int sentenceOf(int offset) {
        return indexAtOrBefore(sentenceStarts, offset);
    }

    public int paragraphOf(int offset) {
        return indexAtOrBefore(paragraphStarts, offset);
    }

    private static int indexAtOrBefore(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }

    public List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    // ---- where entities are named -------------------------------------------------------------

    public Optional<Occurrence> occurrenceAt(int offset) {
        return occurrences.stream().filter(o -> o.span().start() <= offset && offset < o.span().end()).findFirst();
    }

    /** The person named in the span, else an organisation, else a place. */
    public Optional<Occurrence> bestIn(Span span) {
        return span == null ? Optional.empty() : occurrences.stream().filter(o -> span.contains(o.span()) && !isCompoundModifier(o))
                .min(Comparator.comparingInt(o -> o.type().ordinal()));
    }

    /** "The Atlanta-based company", "a Moscow-born analyst": a name run into a modifier describes, it is not the one named. */
    private boolean isCompoundModifier(Occurrence o) {
        int end = o.span().end();
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    /**
     * The person a title in the mention runs into: named in its extent, not in its possessor and not
     * after a preposition ("Secretary of the Treasury Janet Yellen", not "a spokesperson for John
     * Smith"), or named right after its head ("chief Kaja Kallas" where the parse split them).
     */
    public Optional<Occurrence> titledPerson(Mention m) {
        List<CoreLabel> tokens = sentences.get(m.sentence());
        int end = tokens.get(tokens.size() - 1).endPosition();
        for (Occurrence o : occurrences) {
            if (o.type() != EntityType.PERSON || o.span().start() >= end || (m.possessor() != null && m.possessor().contains(o.span()))) {
                continue;
            }
            CoreLabel before = null;
            for (CoreLabel t : tokens) {
                if (t.endPosition() <= o.span().start()) {
                    before = t;
                }
            }
            boolean afterHead = before != null && before.beginPosition() == m.headOffset();
            boolean inExtent = m.extent().contains(o.span()) && before != null
                    && !before.tag().equals("IN") && !before.tag().equals("TO");
            if (afterHead || inExtent) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The person named in the mention's appositive ("Her coach, Peter Otieno"), whom the appositive sieve gives it to. */
    public Optional<Occurrence> personBeside(Mention m) {
        return m.appositive() == null ? Optional.empty() : bestIn(m.appositive()).filter(o -> o.type() == EntityType.PERSON);
    }

    /** The organisation or place named in the span (a body that can speak through a spokesperson). */
    public Optional<Occurrence> bodyIn(Span span) {
        return span == null ? Optional.empty() : occurrences.stream()
                .filter(o -> span.contains(o.span()) && o.type() != EntityType.PERSON && !isMedia.test(o.name()))
                .min(Comparator.comparingInt(o -> o.type().ordinal()));
    }

    public List<Occurrence> occurrencesBefore(int offset) {
        return occurrences.stream().filter(o -> o.span().end() <= offset).toList();
    }

    /**
     * Occurrences before the offset that the narrative names: not inside someone's quoted words, and
     * not in a line with no verb at all (a photo credit, a byline, a caption tag) or in a caption.
     */
    private List<Occurrence> narrativeBefore(int offset) {
        return occurrencesBefore(offset).stream()
                .filter(o -> quotations.stream().noneMatch(q -> q.contains(o.span())) && inLineWithVerb(o) && !inCaption(o)
                        && !inCredit(o)).toList();
    }

    /** Inside brackets that credit a picture: "(Rick Cinclair/Worcester Telegram & Gazette via AP)". */
    private boolean inCredit(Occurrence o) {
        int open = text.lastIndexOf('(', o.span().start());
        int close = text.indexOf(')', o.span().end());
        if (open < 0 || close < 0 || text.lastIndexOf(')', o.span().start()) > open || text.substring(open, close).indexOf('\n') >= 0) {
            return false;
        }
        String inside = text.substring(open + 1, close);
        return inside.contains("/") || inside.contains(" via ");
    }

    /** The words of a photo caption or credit line. */
    public static final Pattern CAPTION = Pattern.compile("(?i)\\b(?:photo|photograph|picture|image|credit)s?\\b|©");
    private static final int CAPTION_CHARS = 300;

    /** In a short paragraph that reads as a caption or credit ("… (Photo: Canadian Press Images)"). */
    private boolean inCaption(Occurrence o) {
        int p = paragraphOf(o.span().start());
        int end = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] : text.length();
        String paragraph = text.substring(paragraphStarts[p], end);
        return paragraph.length() <= CAPTION_CHARS && CAPTION.matcher(paragraph).find();
    }

    private boolean inLineWithVerb(Occurrence o) {
        int p = paragraphOf(o.span().start());
        int start = paragraphStarts[p];
        int end = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] : text.length();
        for (int s = sentenceOf(start); s < sentences.size() && sentences.get(s).get(0).beginPosition() < end; s++) {
            if (sentences.get(s).stream().anyMatch(t -> t.tag().startsWith("VB") || t.tag().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A description rather than a name: a common noun ("the bank"), or a capitalised title the tagger
     * did not take for a name but the noun lists know ("White House Press Secretary", "the Commissioner").
     */
    public boolean isDescription(Mention m) {
        return m.isCommonNoun() || (m.isProperNoun() && occurrenceAt(m.headOffset()).isEmpty() && NounLexicon.isWordForm(m.head().word())
                && lexicon.animacy(m.lemma()) != NounLexicon.Animacy.UNKNOWN);
    }

    /** By the noun lists; an adjective used as a noun ("the 33-year-old") is not in them, whatever its lemma is. */
    public NounLexicon.Animacy animacy(Mention m) {
        return m.head().tag().startsWith("JJ") ? NounLexicon.Animacy.UNKNOWN : lexicon.animacy(m.lemma());
    }

    /** The speaker an occurrence names: a person as named, a place standing for its government as the country. */
    public Speaker named(Occurrence o, Span mention) {
        if (o.type() == EntityType.PERSON) {
            return new Speaker(o.name(), o.type(), mention);
        }
        return speakerAliases.lookup(o.span().text())
                .or(() -> speakerAliases.lookup(o.name()))
                .map(a -> new Speaker(a.name(), a.type(), mention))
                .orElseGet(() -> new Speaker(o.name(), o.type(), mention));
    }

    public boolean isMedia(String name) {
        return isMedia.test(name);
    }

    // ---- people: descriptions, gender, salience -------------------------------------------------

    /** Lower-case words the article uses to describe this person ("kremlin", "spokesman", "mr"). */
    public Set<String> descriptors(String person) {
        return descriptors.getOrDefault(person, Set.of());
    }

    /**
     * What the article says of the person ("Mr", "Ms", "the leader's sister", "the spokeswoman")
     * before what a first name suggests ("Kim" is listed as a woman's name), then the pronouns
     * already resolved to them.
     */
    public NounLexicon.Gender gender(String person) {
        Set<String> words = descriptors(person);
        if (words.contains("mr")) {
            return NounLexicon.Gender.MALE;
        }
        if (words.contains("mrs") || words.contains("ms") || words.contains("miss")) {
            return NounLexicon.Gender.FEMALE;
        }
        Set<NounLexicon.Gender> stated = new HashSet<>();
        words.forEach(w -> stated.add(lexicon.nounGender(w)));
        stated.remove(NounLexicon.Gender.UNKNOWN);
        if (stated.size() == 1) {
            return stated.iterator().next();
        }
        NounLexicon.Gender byName = lexicon.firstNameGender(person.split(" ")[0]);
        if (byName != NounLexicon.Gender.UNKNOWN) {
            return byName;
        }
        return pronounGender.getOrDefault(person, NounLexicon.Gender.UNKNOWN);
    }

    /**
     * The person a pronoun or a definite description most likely means at this point: of the people
     * quoted before it or named as the subject of a sentence (and agreeing in gender), the one the
     * {@link SalienceRanker} scores highest on what the discourse knows of them: how recently each was
     * a subject or quoted, whether it spoke last and the narrative made someone else a subject since
     * (the centre of attention moved: "…,” Bessent said. Peskov focused his criticism on Ukraine.
     * “…,” he said."), how often and how near it is named. A person named only as an object or
     * possessor ("singled out Ms Ang'awa", "Putin's spokesman") counts only when no one else fits.
     * Only people passing the test count.
     */
    public Optional<Speaker> salientPerson(Attribution at, NounLexicon.Gender gender, Predicate<String> test, Span mention) {
        Map<String, Integer> lastActive = new HashMap<>();
        Map<String, Integer> lastNamed = new HashMap<>();
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> quoted = new HashMap<>();
        Set<String> inSentence = new HashSet<>();
        Set<String> inParagraph = new HashSet<>();
        Set<String> previousSubject = new HashSet<>();
        List<Occurrence> people = narrativeBefore(at.position()).stream().filter(o -> o.type() == EntityType.PERSON).toList();
        String lastPerson = null;
        int lastQuoted = -1;
        for (Resolved r : history) {
            if (r.speaker().name() != null && r.speaker().type() == EntityType.PERSON) {
                lastActive.merge(r.speaker().name(), r.attribution().sentence(), Math::max);
                quoted.merge(r.speaker().name(), 1, Integer::sum);
                lastPerson = r.speaker().name();
                lastQuoted = r.attribution().sentence();
            }
        }
        boolean shifted = false;
        for (Occurrence o : people) {
            int sentence = sentenceOf(o.span().start());
            lastNamed.merge(o.name(), sentence, Math::max);
            named.merge(o.name(), 1, Integer::sum);
            if (sentence == at.sentence()) {
                inSentence.add(o.name());
            }
            if (paragraphOf(o.span().start()) == at.paragraph()) {
                inParagraph.add(o.name());
            }
            if (isSubjectLike(o)) {
                lastActive.merge(o.name(), sentence, Math::max);
                if (sentence >= at.sentence() - 1) {
                    previousSubject.add(o.name());
                }
                shifted |= sentence > lastQuoted && !o.name().equals(lastPerson) && test.test(o.name()) && agrees(gender(o.name()), gender);
            }
        }
        Predicate<String> fits = p -> test.test(p) && agrees(gender(p), gender);
        if (lastActive.keySet().stream().noneMatch(fits)) {
            // one only ever named as an object counts only when no one else fits
            lastNamed.forEach((p, s) -> lastActive.merge(p, s, Math::max));
        }
        List<SalienceRanker.Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Integer> e : lastActive.entrySet()) {
            String p = e.getKey();
            if (!fits.test(p)) {
                continue;
            }
            boolean last = p.equals(lastPerson);
            candidates.add(new SalienceRanker.Candidate(p, new double[]{
                    -Math.min(SalienceRanker.HORIZON, at.sentence() - e.getValue()),
                    last ? 1 : 0,
                    last && shifted ? 1 : 0,
                    -Math.min(SalienceRanker.HORIZON, at.sentence() - lastNamed.getOrDefault(p, e.getValue())),
                    Math.log1p(named.getOrDefault(p, 0)),
                    Math.log1p(quoted.getOrDefault(p, 0)),
                    gender != NounLexicon.Gender.UNKNOWN && gender(p) == gender ? 1 : 0,
                    inSentence.contains(p) ? 1 : 0,
                    inParagraph.contains(p) ? 1 : 0,
                    previousSubject.contains(p) ? 1 : 0}));
        }
        // of equal scores, the one named last
        candidates.sort(Comparator.comparingInt((SalienceRanker.Candidate c) -> lastMention(c.name())).reversed());
        if (candidates.isEmpty() && gender != NounLexicon.Gender.UNKNOWN) {
            // first names are only evidence: "he" after "Tracy Cutright" still means Cutright
            return salientPerson(at, NounLexicon.Gender.UNKNOWN, test, mention);
        }
        String best = persons.decide(mention == null ? -1 : mention.start(), candidates);
        if (best != null && gender != NounLexicon.Gender.UNKNOWN) {
            pronounGender.putIfAbsent(best, gender);
        }
        return Optional.ofNullable(best).map(p -> new Speaker(p, EntityType.PERSON, mention));
    }

    private int lastMention(String person) {
        if (person == null) {
            return -1;
        }
        int last = -1;
        for (Occurrence o : occurrences) {
            if (o.name().equals(person)) {
                last = o.span().start();
            }
        }
        return last;
    }

    private static boolean agrees(NounLexicon.Gender a, NounLexicon.Gender b) {
        return a == NounLexicon.Gender.UNKNOWN || b == NounLexicon.Gender.UNKNOWN || a == b;
    }

    /** The first person named after the position, in its sentence or the next, as a subject. */
    public Optional<Occurrence> nextSubject(Attribution at) {
        return occurrences.stream().filter(o -> o.type() == EntityType.PERSON && o.span().start() > at.position()
                        && sentenceOf(o.span().start()) <= at.sentence() + 1 && isSubjectLike(o)
                        && quotations.stream().noneMatch(q -> q.contains(o.span())))
                .findFirst();
    }

    /**
     * The person described by this word before the position ("the striker" → Haaland): the one whose
     * descriptions share most of the phrase's other words ("the Venezuelan President" → the man
     * named "Venezuelan President …", not a "former Vice President" named since), the latest of those.
     */
    public Optional<Occurrence> describedAs(String word, Set<String> modifiers, int before) {
        Occurrence found = null;
        long best = -1;
        for (Occurrence o : narrativeBefore(before)) {
            Set<String> words = descriptors(o.name());
            if (o.type() == EntityType.PERSON && words.contains(word)) {
                long shared = modifiers.stream().filter(words::contains).count();
                if (shared >= best) {
                    found = o;
                    best = shared;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    // ---- bodies ---------------------------------------------------------------------------------

    /**
     * The organisation "the bank", "the club" or "it" most likely means: one whose name has the noun
     * ("the bank" → Deutsche Bank), else the organisation quoted last, else the one named last as
     * the subject of its sentence, else the one named last. News outlets are left out.
     */
    public Optional<Occurrence> salientBody(Attribution at, String noun) {
        List<Occurrence> before = organisationsBefore(at.position());
        Optional<Occurrence> byName = bodyNamedWith(noun, at.position());
        if (byName.isPresent()) {
            return byName;
        }
        Set<String> names = new HashSet<>();
        before.forEach(o -> names.add(o.name()));
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i).speaker();
            if (s.name() != null && names.contains(s.name())) {
                String name = s.name();
                return before.stream().filter(o -> o.name().equals(name)).reduce((a, b) -> b);
            }
            if (s.name() != null && s.type() == EntityType.ORGANIZATION && s.mention() != null) {
                return Optional.of(new Occurrence(s.mention(), s.name(), s.type())); // a body only an untagged name gave
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (isSubjectLike(before.get(i))) {
                return Optional.of(before.get(i));
            }
        }
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    private List<Occurrence> organisationsBefore(int offset) {
        return narrativeBefore(offset).stream().filter(o -> o.type() == EntityType.ORGANIZATION && !isMedia.test(o.name())).toList();
    }

    /** The organisation named last before the offset whose name has this word ("police" → Chatham-Kent Police Service). */
    public Optional<Occurrence> bodyNamedWith(String noun, int offset) {
        if (noun == null) {
            return Optional.empty();
        }
        String n = noun.toLowerCase(Locale.ROOT);
        List<Occurrence> before = organisationsBefore(offset);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (Arrays.asList(before.get(i).name().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(n)) {
                return Optional.of(before.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of its clause, as the parse has it: the name's head is a subject, or stands beside
     * one as its appositive or flat part ("Dmitry Peskov, the Kremlin spokesman, said"); not a noun's
     * modifier ("In a Facebook post, the company said") or an object. In a sentence left unparsed,
     * a name before any verb (a headline fragment) that is not a possessor, or one a finite verb follows.
     */
    private boolean isSubjectLike(Occurrence o) {
        int s = sentenceOf(o.span().start());
        List<CoreLabel> tokens = sentences.get(s);
        SemanticGraph g = graphs.get(s);
        for (int i = 0; i < tokens.size() && g != null; i++) {
            CoreLabel t = tokens.get(i);
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null || t.beginPosition() < o.span().start() || t.endPosition() > o.span().end()) {
                continue;
            }
            IndexedWord parent = g.getParent(w);
            if (parent != null && o.span().start() <= tokens.get(parent.index() - 1).beginPosition()
                    && tokens.get(parent.index() - 1).endPosition() <= o.span().end()) {
                continue; // not the name's head
            }
            while (parent != null && SAME_REFERENT.contains(g.reln(parent, w).toString())) {
                w = parent;
                parent = g.getParent(w);
            }
            if (parent != null) {
                return g.reln(parent, w).toString().startsWith("nsubj");
            }
            break;
        }
        boolean verbBefore = false;
        CoreLabel previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.beginPosition() >= o.span().end()) {
                return verbBefore ? followedByFiniteVerb(tokens, i) && !isGoverned(previous) : !t.tag().equals("POS");
            }
            if (t.beginPosition() < o.span().start()) {
                verbBefore |= t.tag().startsWith("VB") || t.tag().equals("MD");
                previous = t;
            }
        }
        return !verbBefore;
    }

    /**
     * A sentence with no verb of saying is not parsed; there the finite verb right after a name
     * makes it a subject ("It was a goal worth celebrating and skipper Harry Maguire was more
     * expansive"), unless a preposition or verb governs the name.
     */
    private static boolean followedByFiniteVerb(List<CoreLabel> tokens, int next) {
        int k = next < tokens.size() && tokens.get(next).tag().equals("RB") ? next + 1 : next;
        return k < tokens.size() && FINITE_TAGS.contains(tokens.get(k).tag());
    }

    private static boolean isGoverned(CoreLabel before) {
        return before != null && (before.tag().equals("IN") || before.tag().equals("TO") || before.tag().startsWith("VB"));
    }

    /** Part-of-speech tags of a finite verb or a modal (the quote frames read them too). */
    public static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private static final Set<String> SAME_REFERENT = Set.of("appos", "flat", "flat:name");

    // ---- headlines ------------------------------------------------------------------------------

    /** One of the first four lines, of at most 25 words and with no full stop at its end: a headline. */
    public boolean inHeadline(int offset) {
        int paragraph = paragraphOf(offset);
        if (paragraph > 3) {
            return false;
        }
        int start = paragraphStarts[paragraph];
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return !line.isEmpty() && !line.matches(".*[.!?\"”]$") && line.split("\\s+").length <= 25;
    }

    /**
     * Who a headline's description means, named after it: an organisation whose name has the noun
     * ({@code person} false) or a person the story describes with it ({@code person} true), else the
     * first one of that kind named as the subject of a sentence, else the first named at all.
     */
    public Optional<Occurrence> firstAfterHeadline(int offset, boolean person, String noun) {
        int end = text.indexOf('\n', offset);
        int from = end < 0 ? text.length() : end;
        List<Occurrence> after = occurrences.stream().filter(o -> o.span().start() >= from && !isMedia.test(o.name())
                && quotations.stream().noneMatch(q -> q.contains(o.span())) && inLineWithVerb(o) && !inCaption(o)
                && o.type() == (person ? EntityType.PERSON : EntityType.ORGANIZATION)).toList();
        if (noun != null) {
            String n = noun.toLowerCase(Locale.ROOT);
            // a body with the noun in its name; a person the story describes with it ("admits coach" → "Springbok coach Allister Coetzee")
            Optional<Occurrence> byName = after.stream()
                    .filter(o -> person ? descriptors(o.name()).contains(n)
                            : Arrays.asList(o.name().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(n)).findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        return after.stream().filter(this::isSubjectLike).findFirst().or(() -> after.stream().findFirst());
    }

    // ---- who was quoted -------------------------------------------------------------------------

    public void record(Attribution attribution, Speaker speaker) {
        history.add(new Resolved(attribution, speaker));
    }

    /** The speaker of the quote before this one, if it was attributed to anyone. */
    private Optional<Resolved> previous() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The speaker of the last quote whose naming phrase had this head ("the spokesperson" after "a spokesperson for X"). */
    public Optional<Speaker> lastWithHead(String lemma) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i).attribution().mention();
            if (m != null && m.lemma().equals(lemma)) {
                return Optional.of(history.get(i).speaker());
            }
        }
        return Optional.empty();
    }

    /** The naming phrase of the quote before this one, if it had one. */
    public Optional<Mention> previousMention() {
        return previous().map(r -> r.attribution().mention());
    }

    public Optional<Integer> previousSentence() {
        return previous().map(r -> r.attribution().sentence());
    }

    public Optional<Speaker> previousSpeaker() {
        return previous().map(Resolved::speaker);
    }

    public Optional<Integer> previousParagraph() {
        return previous().map(r -> r.attribution().paragraph());
    }
}
