package org.newswire.extraction.mention;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.newswire.extraction.Document;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.ExtractedEntity;
import org.newswire.extraction.Layer;
import org.newswire.extraction.Resources;
import org.newswire.extraction.Span;
import org.newswire.extraction.speaker.Discourse;
import org.newswire.extraction.speaker.NounLexicon;
import org.newswire.extraction.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Named entities from the NER tags: titles and possessives stripped, treaties and events dropped,
 * variants merged through the alias table, short person names folded into the full name used
 * elsewhere in the article, and acronyms into the organisation they abbreviate.
 */
public final class EntityStage implements Stage {

    private static final Set<String> TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
            "Sen.", "Sec.", "Sec", "Rep.", "Gov.", "Gen.", "Prof.", "Prof", "Professor", "Rev.", "Rev", "Sir", "Dame", "President", "the", "The",
            "Cllr", "Cr", "Coun.", "Gda", "Det.", "Lt.", "Sgt.", "Insp.", "Supt.", "Capt.", "Col.", "Maj.", "Judge", "Justice",
            // Malaysian honorifics, which run before a name the way "Sir" does ("Datuk Seri Takiyuddin Hassan")
            "Datuk", "Dato", "Dato'", "Dato’", "Datin", "Seri", "Tun");
    private static final Set<String> TITLE_TAILS = Set.of("Press", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson");
    /**
     * The heads of the names of events, competitions, laws and documents: such a name is no entity,
     * nor is a name inside it ("US" in "US Open", "United Nations" in "United Nations Charter").
     */
    private static final Set<String> EVENT_HEADS = Set.of("Open", "Cup", "Championship", "Championships", "Games", "Olympics",
            "Charter", "Act", "Treaty", "Convention", "Prize", "Awards", "Marathon", "Prix", "Festival", "Summit", "Declaration");
    private static final Set<String> GENERATIONAL_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");
    private static final Set<String> SEPARATORS = Set.of("/", "(", ")", "[", "]");
    /** Longest name, in words, an entity may have ("International Bank for Reconstruction and Development" has six). */
    public static final int MAX_NAME_WORDS = 12;
    private static final Set<String> ACRONYM_STOPWORDS = Set.of("of", "the", "for", "and", "on", "in");
    /** Designators of a company's legal form that a name may be written with or without. */
    private static final Set<String> LEGAL_FORMS = Set.of("Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.",
            "plc", "PLC", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "LLC", "Co", "Co.", "Group", "Holdings");

    private final AliasTable aliases;
    private final List<String> notEntities;
    private final Pattern aliasScan;

    public EntityStage() {
        this.aliases = AliasTable.load("entity-aliases.tsv");
        this.notEntities = Resources.lines("not-entities.txt");
        // longest first so "United States of America" wins over "United States" and "US Treasury" over "US"
        String alternatives = aliases.entries().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.aliasScan = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + alternatives + ")(?![\\p{L}\\p{N}]|\\.\\p{L})");
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.NLP);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    /** One occurrence of a name, before merging; {@code fixed} when the alias table set the type. */
    private record Occurrence(Span span, String name, EntityType type, boolean fixed) {
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Occurrence> found = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (CoreMap sentence : document.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tagged(text, tokens, found);
            bodiesByHead(text, tokens, found);
            all.addAll(tokens);
        }
        splitTitledPersons(text, found);
        scanAliases(text, found);
        propagate(text, all, found);
        document.setEntities(merge(text, found));
    }

    /**
     * "Director of National Intelligence Dan Coats" tagged one organisation: a run typed an organisation
     * that ends in a first name of CoreNLP's name-gender list and one or two more capitalised words
     * ends in a person, when the article names that person by the last word alone elsewhere ("Coats
     * said"); a company named after its founder ("Morgan Stanley") is never named so.
     */
    private static void splitTitledPersons(String text, List<Occurrence> found) {
        List<Occurrence> split = new ArrayList<>();
        for (Iterator<Occurrence> it = found.iterator(); it.hasNext(); ) {
            Occurrence o = it.next();
            String[] words = o.span().text().split(" ");
            if (o.fixed() || o.type() != EntityType.ORGANIZATION || words.length < 3) {
                continue;
            }
            String surname = words[words.length - 1];
            for (int k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
                List<String> name = Arrays.asList(words).subList(k, words.length);
                if (NounLexicon.get().firstNameGender(words[k]) == NounLexicon.Gender.UNKNOWN
                        || !name.stream().allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{L}+)?") && !INSTITUTION_HEADS.contains(w) && !LEGAL_FORMS.contains(w))
                        || !namedAloneElsewhere(text, surname, o.span())) {
                    continue;
                }
                String person = String.join(" ", name);
                int personStart = o.span().end() - person.length();
                it.remove();
                if (INSTITUTION_HEADS.contains(words[k - 1])) {
                    // the words before stay a body only when they end like one; "National Intelligence" is the rest of a title
                    split.add(new Occurrence(Span.of(text, o.span().start(), personStart - 1), String.join(" ", Arrays.asList(words).subList(0, k)),
                            EntityType.ORGANIZATION, false));
                }
                split.add(new Occurrence(Span.of(text, personStart, o.span().end()), person, EntityType.PERSON, false));
                break;
            }
        }
        found.addAll(split);
    }

    /** The word elsewhere in the text with no capitalised word of the same sentence before it. */
    private static boolean namedAloneElsewhere(String text, String surname, Span except) {
        Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surname) + "(?![\\p{L}-])").matcher(text);
        while (m.find()) {
            if (m.start() < except.end() && except.start() < m.end()) {
                continue;
            }
            String[] before = text.substring(0, m.start()).split("\\s+");
            String previous = before.length == 0 ? "" : before[before.length - 1];
            if (previous.isEmpty() || !Character.isUpperCase(previous.codePointAt(0)) || previous.matches(".*[.!?\"“]$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One name, one entity throughout the article (label consistency, Krishnan and Manning 2006): where
     * the tagger typed a name in one place and left it untyped in another ("organiser Unusual
     * Entertainment announced", later "said Unusual Entertainment"), the untyped one is an occurrence
     * too, if the tagger gave its words no other type (not "May" the month) and it does not start an
     * event's name.
     */
    private void propagate(String text, List<CoreLabel> tokens, List<Occurrence> found) {
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenAt.put(tokens.get(i).beginPosition(), i);
        }
        Map<String, Occurrence> names = new LinkedHashMap<>();
        found.forEach(o -> names.putIfAbsent(o.span().text(), o));
        List<Occurrence> added = new ArrayList<>();
        for (Occurrence named : names.values()) {
            String surface = named.span().text();
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}]|-\\p{L})").matcher(text);
            while (m.find()) {
                Span span = Span.of(text, m.start(), m.end());
                Integer first = tokenAt.get(m.start());
                if (first == null || found.stream().anyMatch(o -> o.span().overlaps(span)) || added.stream().anyMatch(o -> o.span().overlaps(span))
                        || EVENT_HEADS.contains(nextWord(text, m.end())) || !untypedProperNouns(tokens, first, m.end())) {
                    continue;
                }
                added.add(new Occurrence(span, named.name(), named.type(), named.fixed()));
            }
        }
        found.addAll(added);
        found.addAll(surnamesAlone(text, tokens, found));
    }

    /**
     * "Dam said" after "Deputy Prime Minister Vu Duc Dam": the last word of a person's full name, alone
     * and untyped, with no determiner and no hyphenated word beside it (not "the Bench", "Sambre-led
     * Bench", "Sambre-led"), is that person's surname when it is tagged a proper noun or a finite verb
     * follows it (at a sentence's start the tagger may take "Dam" or "Long" for a common word). It is
     * named by the surname, so the fold to one full name decides which person it is, and leaves it
     * apart when two share it.
     */
    private static List<Occurrence> surnamesAlone(String text, List<CoreLabel> tokens, List<Occurrence> found) {
        Set<String> surnames = found.stream().filter(o -> o.type() == EntityType.PERSON && o.name().contains(" "))
                .map(o -> o.name().substring(o.name().lastIndexOf(' ') + 1))
                .filter(w -> w.length() >= 3 && w.matches("\\p{Lu}\\p{Ll}+")).collect(Collectors.toSet());
        List<Occurrence> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!surnames.contains(t.word()) || !"O".equals(t.ner())
                    || (i > 0 && capitalised(tokens.get(i - 1)) && !TITLES.contains(tokens.get(i - 1).originalText()))
                    || (i > 0 && "DT".equals(tokens.get(i - 1).tag()))
                    || (t.endPosition() < text.length() && text.charAt(t.endPosition()) == '-')
                    || (i > 0 && tokens.get(i - 1).beginPosition() > 0 && text.charAt(tokens.get(i - 1).beginPosition() - 1) == '-')
                    || (i + 1 < tokens.size() && capitalised(tokens.get(i + 1)))) {
                continue;
            }
            boolean subject = i + 1 < tokens.size() && Discourse.FINITE_TAGS.contains(tokens.get(i + 1).tag());
            Span span = Span.of(text, t.beginPosition(), t.endPosition());
            if ((subject || t.tag().startsWith("NNP")) && found.stream().noneMatch(o -> o.span().overlaps(span))) {
                out.add(new Occurrence(span, t.word(), EntityType.PERSON, false));
            }
        }
        return out;
    }

    private static boolean capitalised(CoreLabel token) {
        return !token.word().isEmpty() && Character.isUpperCase(token.word().codePointAt(0));
    }

    /**
     * Words the tagger gave no type, not run into a longer name; one word alone must also be tagged a proper noun (a capital at a
     * sentence's start is no name), while several capitalised words in the order of a name are one
     * whatever their tags ("Unusual/JJ Entertainment/NN").
     */
    private static boolean untypedProperNouns(List<CoreLabel> tokens, int first, int end) {
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).beginPosition() < end) {
            last++;
        }
        if ((first > 0 && capitalised(tokens.get(first - 1)) && tokens.get(first - 1).tag().startsWith("NNP"))
                || (last + 1 < tokens.size() && capitalised(tokens.get(last + 1)))) {
            return false; // part of a longer name ("Chatham-Kent" in "Chatham-Kent Police Service")
        }
        for (int i = first; i <= last; i++) {
            if (!"O".equals(tokens.get(i).ner())) {
                return false;
            }
        }
        return last > first || (tokens.get(first).tag() != null && tokens.get(first).tag().startsWith("NNP"));
    }

    private void tagged(String text, List<CoreLabel> tokens, List<Occurrence> out) {
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = coarse(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            // a slash separates two names ("UrduPoint News / Sputnik", "Bluesnap / Pixabay"), a bracket a name and its acronym
            while (j < tokens.size() && coarse(tokens.get(j).ner()) == type && !POSSESSIVES.contains(tokens.get(j).word())
                    && !SEPARATORS.contains(tokens.get(j).originalText())) {
                j++;
            }
            if (type == EntityType.ORGANIZATION) {
                j = ofPlace(tokens, j);
            }
            if (type == EntityType.PERSON && j + 1 < tokens.size() && tokens.get(j).word().equals(",")
                    && GENERATIONAL_SUFFIXES.contains(tokens.get(j + 1).word())) {
                j += 2; // "Lino Saputo, Jr.": the suffix is part of the name
            }
            int from = i;
            int to = j;
            while (from < to && TITLES.contains(tokens.get(from).originalText())) {
                from++;
            }
            boolean inEventName = (to < tokens.size() && EVENT_HEADS.contains(tokens.get(to).word()))
                    || (to > from && EVENT_HEADS.contains(tokens.get(to - 1).word()));
            if (from < to && !inEventName) {
                Span span = Span.of(text, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
                if (!isTitleInMarks(text, span)) {
                    add(span, type, out);
                }
            }
            i = j;
        }
    }

    /**
     * "Dairy Farmers of Britain", "Parks and Wildlife Service of Western Australia": the 3-class model
     * stops an organisation's name before "of" and the place it belongs to, which is part of the name
     * when the part before ends in an institution's head or a plural noun. Returns the new end (exclusive).
     */
    private static int ofPlace(List<CoreLabel> tokens, int end) {
        CoreLabel last = tokens.get(end - 1);
        if (end + 1 >= tokens.size() || !tokens.get(end).word().equals("of") || coarse(tokens.get(end + 1).ner()) != EntityType.LOCATION
                || !(INSTITUTION_HEADS.contains(last.word()) || "NNS".equals(last.tag()) || "NNPS".equals(last.tag()))) {
            return end;
        }
        int to = end + 1;
        while (to < tokens.size() && coarse(tokens.get(to).ner()) == EntityType.LOCATION) {
            to++;
        }
        return to;
    }

    /**
     * Its "Supertramp Forever" tour, the album "Breakfast in America": a name that fills a pair of
     * quote marks is the title of a work or a nickname, not a name of who or where.
     */
    private static boolean isTitleInMarks(String text, Span span) {
        return span.start() > 0 && span.end() < text.length() && QUOTE_MARKS.indexOf(text.charAt(span.start() - 1)) >= 0
                && QUOTE_MARKS.indexOf(text.charAt(span.end())) >= 0;
    }

    private static final String QUOTE_MARKS = "\"“”‘’'«»";

    /**
     * "Chatham-Kent Police Service", "Batavia Fire Department", "U.S. Fish and Wildlife Service": a run
     * of capitalised words ending in the head noun of an institution is an organisation, though the
     * tagger missed it or took its first word for a place or a person (the 3-class model's weak spot
     * on local news); what it tagged inside the run gives way to the whole name.
     */
    private void bodiesByHead(String text, List<CoreLabel> tokens, List<Occurrence> out) {
        for (int end = 0; end < tokens.size(); end++) {
            if (!INSTITUTION_HEADS.contains(tokens.get(end).word()) || (end + 1 < tokens.size() && isNameWord(tokens.get(end + 1)))) {
                continue;
            }
            int start = end;
            while (start > 0 && (isNameWord(tokens.get(start - 1)) || (start > 1 && joins(tokens, start - 1)))) {
                start -= isNameWord(tokens.get(start - 1)) ? 1 : 2;
            }
            int last = end;
            // "Law Society of Kenya", "Bank of America": a place or name after "of" is part of it
            while (last + 2 < tokens.size() && List.of("of", "for").contains(tokens.get(last + 1).word())
                    && isNameWord(tokens.get(last + 2)) && !"PERSON".equals(tokens.get(last + 2).ner())) {
                last += 2;
                while (last + 1 < tokens.size() && isNameWord(tokens.get(last + 1)) && !"PERSON".equals(tokens.get(last + 1).ner())) {
                    last++;
                }
            }
            if (end - start < 1 || last - start >= MAX_NAME_WORDS || (start == 0 && end - start < 2)) {
                continue; // one word before the head at a sentence's start may be an ordinary capital ("Police Department said")
            }
            Span span = Span.of(text, tokens.get(start).beginPosition(), tokens.get(last).endPosition());
            if (out.stream().anyMatch(o -> o.span().start() <= span.start() && span.end() <= o.span().end()
                    && (o.type() == EntityType.ORGANIZATION || o.span().equals(span)))) {
                continue; // the tagger has it (a whole run it typed is left to it), or a longer name holds it
            }
            out.removeIf(o -> !o.fixed() && span.start() <= o.span().start() && o.span().end() <= span.end());
            add(span, EntityType.ORGANIZATION, out);
        }
    }

    /**
     * A capitalised noun; an untyped person noun ("Chairman", "Official") ends the name before it, unless
     * it heads institutions' names itself ("Police" in "Chatham-Kent Police Service").
     */
    private static boolean isNameWord(CoreLabel token) {
        String w = token.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && token.tag() != null && token.tag().startsWith("NN")
                && (INSTITUTION_HEADS.contains(w) || !("O".equals(token.ner()) && NounLexicon.get().animacy(w) == NounLexicon.Animacy.ANIMATE));
    }

    /**
     * The token at {@code i} joins two parts of one name: "of", "for" or "on" between name words, "and"
     * or "&" after a word the tagger left untyped ("Fish and Wildlife", not "England and Essex"), a
     * hyphen with no space around it ("Chatham-Kent").
     */
    private static boolean joins(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        CoreLabel before = tokens.get(i - 1);
        if (!isNameWord(before)) {
            return false;
        }
        return switch (t.word()) {
            case "of", "for", "on" -> !"PERSON".equals(before.ner()); // "Everett Ho of SickKids Foundation" is two names
            case "and", "&" -> "O".equals(before.ner());
            case "-" -> before.endPosition() == t.beginPosition() && t.endPosition() == tokens.get(i + 1).beginPosition();
            default -> false;
        };
    }

    /** The head nouns of institutions' names, capitalised as they are in a name. */
    private static final Set<String> INSTITUTION_HEADS = Set.of("Department", "Ministry", "Agency", "Service", "Services", "Council",
            "Committee", "Commission", "Authority", "Board", "Office", "Police", "University", "College", "Hospital", "Institute",
            "Association", "Federation", "Corporation", "Bank", "Court", "Foundation", "Trust", "Society", "Bureau",
            "Administration", "Constabulary", "District", "Municipality", "Party", "Club", "Company", "Organisation", "Organization");

    private void add(Span tagged, EntityType nerType, List<Occurrence> out) {
        Span span = withoutTitleTail(tagged);
        // a name wrapped across a line ("International Olympic\nCommittee") is named with a space
        String surface = span.text().replaceAll("\\s+", " ");
        // a run of a dozen and more tagged words ("John John John …") is not one name
        if (isExcluded(surface) || !Character.isUpperCase(surface.codePointAt(0)) || surface.split("\\s+").length > MAX_NAME_WORDS
                || NounLexicon.get().isCapitalisedRole(surface)) {
            return;
        }
        out.add(aliases.lookup(surface)
                .map(a -> new Occurrence(span, a.name(), a.type(), true))
                .orElseGet(() -> new Occurrence(span, surface, nerType, false)));
    }

    /** "White House Press" (Secretary) → "White House": a known name with a job title run into it. */
    private Span withoutTitleTail(Span span) {
        String[] words = span.text().split(" ");
        if (words.length > 1 && TITLE_TAILS.contains(words[words.length - 1])) {
            String head = span.text().substring(0, span.text().lastIndexOf(' '));
            if (aliases.lookup(head).isPresent()) {
                return new Span(span.start(), span.start() + head.length(), head);
            }
        }
        return span;
    }

    private boolean isExcluded(String surface) {
        for (String name : notEntities) {
            if (surface.equals(name) || surface.startsWith(name + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Finds alias-table names the tagger missed, where they do not overlap a tagged name. */
    private void scanAliases(String text, List<Occurrence> found) {
        List<Span> taken = found.stream().map(Occurrence::span).toList();
        Matcher m = aliasScan.matcher(text);
        while (m.find()) {
            Span span = Span.of(text, m.start(), m.end());
            if (taken.stream().noneMatch(span::overlaps) && !isExcluded(followingWords(text, m.start()))
                    && !EVENT_HEADS.contains(nextWord(text, m.end()))) {
                Alias alias = aliases.lookup(span.text()).orElseThrow();
                found.add(new Occurrence(span, alias.name(), alias.type(), true));
            }
        }
    }

    /** The word that starts after {@code end}, past spaces. */
    private static String nextWord(String text, int end) {
        int from = end;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /** The name and the word after it, so "START" in "New START" style exclusions still apply. */
    private static String followingWords(String text, int start) {
        int end = start;
        int words = 0;
        while (end < text.length() && words < 2) {
            if (Character.isWhitespace(text.charAt(end))) {
                words++;
            }
            end++;
        }
        return text.substring(start, end).strip();
    }

    private List<ExtractedEntity> merge(String text, List<Occurrence> found) {
        Map<String, String> canonical = new HashMap<>();
        canonical.putAll(foldCase(found));
        canonical.putAll(foldShortPersonNames(found));
        canonical.putAll(foldShortBodyNames(found));
        canonical.putAll(foldAcronyms(found));
        canonical.putAll(foldBracketedAcronyms(text, found));

        Map<String, List<Occurrence>> byName = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparingInt(o -> o.span().start()))
                .forEach(o -> byName.computeIfAbsent(canonicalOf(o.name(), canonical), k -> new ArrayList<>()).add(o));

        List<ExtractedEntity> out = new ArrayList<>();
        // the full name's type wins over its short forms' ("DFES" tagged a person, "Department of Fire and Emergency Services")
        byName.forEach((name, occurrences) -> {
            List<Occurrence> full = occurrences.stream().filter(o -> o.name().equals(name)).toList();
            out.add(new ExtractedEntity(name, personByFirstName(name, vote(full.isEmpty() ? occurrences : full)),
                    occurrences.stream().map(Occurrence::span).toList()));
        });
        return out;
    }

    /** Follows the folds to the end ("MOSCOW" → "Moscow" → …), stopping at a cycle. */
    private static String canonicalOf(String name, Map<String, String> canonical) {
        String c = name;
        Set<String> seen = new HashSet<>();
        while (canonical.containsKey(c) && seen.add(c)) {
            c = canonical.get(c);
        }
        return c;
    }

    /**
     * "Amitabh Bachchan" tagged as an organisation: a name of two or three words that starts with a
     * first name of CoreNLP's name-gender list and has no word of an organisation's name is a person.
     */
    private static EntityType personByFirstName(String name, EntityType voted) {
        String[] words = name.split(" ");
        if (voted != EntityType.ORGANIZATION || words.length < 2 || words.length > 3
                || NounLexicon.get().firstNameGender(words[0]) == NounLexicon.Gender.UNKNOWN) {
            return voted;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}\\p{Ll}+") || NounLexicon.get().animacy(w) != NounLexicon.Animacy.UNKNOWN || LEGAL_FORMS.contains(w)) {
                return voted;
            }
        }
        return EntityType.PERSON;
    }

    /** The alias table's type when it set one, otherwise the type the tagger gave most often. */
    private static EntityType vote(List<Occurrence> occurrences) {
        Map<EntityType, Integer> counts = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            if (o.fixed()) {
                return o.type();
            }
            counts.merge(o.type(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * "Peskov" → "Dmitry Peskov", "Magnus" → "Magnus Carlsen", "Lai" → "Lai Ching-te", "Chris Froome"
     * → "Christopher Froome": a person named by one part of a longer name in the same article is that
     * person, when only one longer name (up to middle initials) has that part at its start or end, or,
     * for a surname of six letters or more that no name has, a surname one letter away from it.
     */
    private static Map<String, String> foldShortPersonNames(List<Occurrence> found) {
        List<String> persons = found.stream().filter(o -> o.type() == EntityType.PERSON)
                .map(Occurrence::name).distinct().toList();
        Map<String, String> out = new HashMap<>();
        for (String shortName : found.stream().filter(o -> o.type() == EntityType.PERSON && !o.fixed())
                .map(Occurrence::name).distinct().toList()) {
            List<String> longer = persons.stream()
                    .filter(full -> full.length() > shortName.length() && isPartOf(shortName, withoutSuffix(full)))
                    .toList();
            if (longer.isEmpty() && !shortName.contains(" ") && shortName.length() >= 6) {
                // "Zanganeh" after "Bijan Zangeneh", "Vandewege" after "CoCo Vandeweghe": one letter apart, a spelling of the same surname
                longer = persons.stream().filter(full -> full.contains(" ") && oneEditApart(shortName, full.substring(full.lastIndexOf(' ') + 1)))
                        .toList();
            }
            if (!longer.isEmpty() && longer.stream().map(EntityStage::withoutInitials).distinct().count() == 1) {
                out.put(shortName, longer.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
            }
        }
        return out;
    }

    private static boolean isPartOf(String shortName, String full) {
        return full.equals(shortName) || full.endsWith(" " + shortName) || (!shortName.contains(" ") && full.startsWith(shortName + " "))
                || isShortFirstName(shortName, full);
    }

    /** "Lino Saputo, Jr." → "Lino Saputo": the name its parts are read from. */
    private static String withoutSuffix(String name) {
        int comma = name.lastIndexOf(", ");
        String last = name.substring(Math.max(comma + 2, name.lastIndexOf(' ') + 1));
        return GENERATIONAL_SUFFIXES.contains(last) && name.length() > last.length() + 2
                ? name.substring(0, name.length() - last.length()).replaceAll("[,\\s]+$", "") : name;
    }

    /** One letter inserted, dropped or changed (Levenshtein distance 1). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /** "Chris Froome" in "Christopher Froome": the same surname, a first name cut short. */
    private static boolean isShortFirstName(String shortName, String full) {
        String[] a = shortName.split(" ");
        String[] b = full.split(" ");
        return a.length == 2 && b.length == 2 && a[1].equals(b[1]) && b[0].startsWith(a[0]) && a[0].length() >= 3;
    }

    private static String withoutInitials(String name) {
        return name.replaceAll("(?<=\\s)\\p{Lu}\\.?\\s", "");
    }

    /**
     * An organisation or place named by the last words of one longer name of its kind in the same
     * article is that one: "Commission" → "European Commission", "Senate" → "U.S. Senate", "United"
     * → "Manchester United" (the head of an English name is its last word); a name followed by a
     * legal form ("Bank of America Corp", "Exxon" in "Exxon Mobil Corp.") or an institution's head ("Treasury Department") takes in
     * the name without it; and a short name the tagger took for a person, the first words of one
     * organisation's name, is that organisation ("Meta" → "Meta Platforms", "Nayara" → "Nayara
     * Energy") unless a person's full name ends with it ("Trump" with "Donald Trump" and "Trump
     * Organization"). An organisation's first words are not folded so: they often name another body
     * ("Vattenfall" and "Vattenfall Renewables", "University of Texas" and its institutes).
     */
    private static Map<String, String> foldShortBodyNames(List<Occurrence> found) {
        Map<String, EntityType> names = new LinkedHashMap<>();
        found.stream().filter(o -> o.type() != EntityType.PERSON && !o.fixed()).forEach(o -> names.putIfAbsent(o.name(), o.type()));
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, EntityType> shortName : names.entrySet()) {
            String name = shortName.getKey();
            List<String> longer = Stream.concat(names.entrySet().stream()
                            .filter(e -> e.getValue() == shortName.getValue() && e.getKey().length() > name.length()
                                    && (e.getKey().endsWith(" " + name) || isLegalForm(e.getKey(), name)))
                            .map(Map.Entry::getKey),
                    // "Treasury" after "Treasury Department", "Stanford" after "Stanford University": the name without its head
                    found.stream().filter(o -> o.type() == shortName.getValue() && !o.name().equals(name)
                                    && o.span().text().startsWith(name + " ")
                                    && INSTITUTION_HEADS.contains(o.span().text().substring(name.length() + 1)))
                            .map(Occurrence::name))
                    .distinct().toList();
            if (longer.size() == 1) {
                out.put(name, longer.get(0));
            }
        }
        Set<String> persons = found.stream().filter(o -> o.type() == EntityType.PERSON).map(Occurrence::name).collect(Collectors.toSet());
        persons.stream().filter(name -> !name.contains(" ") && persons.stream().noneMatch(p -> p.endsWith(" " + name)))
                .forEach(name -> {
                    List<String> longer = names.entrySet().stream()
                            .filter(e -> e.getValue() == EntityType.ORGANIZATION && e.getKey().startsWith(name + " "))
                            .map(Map.Entry::getKey).toList();
                    if (longer.size() == 1) {
                        out.put(name, longer.get(0));
                    }
                });
        return out;
    }

    /** "Bank of America Corp", and "Exxon" in "Exxon Mobil Corp.": a company's legal name starts with its short name. */
    private static boolean isLegalForm(String full, String name) {
        return full.startsWith(name + " ") && LEGAL_FORMS.contains(full.substring(full.lastIndexOf(' ') + 1));
    }

    /**
     * "MOSCOW" in a dateline is "Moscow": a name in capitals is the same name in its usual case, as
     * the article writes it elsewhere or, for a place written only in capitals, in title case
     * ("BEIJING" → "Beijing", "NEW YORK" → "New York"; not an acronym such as "DPRK", which has no vowel).
     */
    private static Map<String, String> foldCase(List<Occurrence> found) {
        Map<String, String> usual = new HashMap<>();
        for (Occurrence o : found) {
            if (!o.name().equals(o.name().toUpperCase(Locale.ROOT))) {
                usual.putIfAbsent(o.name().toUpperCase(Locale.ROOT), o.name());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Occurrence o : found) {
            if (o.name().length() <= 3 || !o.name().equals(o.name().toUpperCase(Locale.ROOT)) || o.fixed()) {
                continue;
            }
            String mixed = usual.get(o.name());
            if (mixed != null) {
                out.put(o.name(), mixed);
            } else if (o.type() == EntityType.LOCATION && Arrays.stream(o.name().split(" ")).allMatch(EntityStage::isCapitalisedWord)) {
                out.put(o.name(), titleCase(o.name()));
            }
        }
        return out;
    }

    /** A word in capitals that reads as a word, not letters: three or more, with a vowel among them. */
    private static boolean isCapitalisedWord(String word) {
        return word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                && word.toUpperCase(Locale.ROOT).chars().anyMatch(c -> "AEIOUYÄÖÜÁÉÍÓÚÀÈ".indexOf(c) >= 0);
    }

    private static String titleCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * "ODNI" → "Office of the Director of National Intelligence", "HP" → "Hewlett-Packard", and "Cas"
     * → "Court of Arbitration for Sport" (some outlets write acronyms in title case), when both appear.
     */
    private static Map<String, String> foldAcronyms(List<Occurrence> found) {
        Set<String> orgs = new HashSet<>();
        found.stream().filter(o -> o.type() == EntityType.ORGANIZATION).forEach(o -> orgs.add(o.name()));
        Map<String, String> out = new HashMap<>();
        for (String acronym : orgs) {
            boolean capitals = acronym.chars().allMatch(c -> Character.isUpperCase(c) || c == '&') && Character.isUpperCase(acronym.charAt(0));
            boolean titleCase = acronym.length() >= 3 && Character.isUpperCase(acronym.charAt(0))
                    && acronym.substring(1).chars().allMatch(Character::isLowerCase);
            if (acronym.length() < 2 || acronym.length() > 6 || !(capitals || titleCase)) {
                continue;
            }
            String letters = acronym.toUpperCase(Locale.ROOT);
            List<String> fulls = orgs.stream().filter(full -> !full.equals(acronym) && full.matches(".*[\\s-].*")).sorted().toList();
            fulls.stream().filter(full -> initials(full).equals(letters)).findFirst()
                    // the order of the original language: "BNR" for the National Bank of Romania, "SCCDPH" for its Public Health Department
                    .or(() -> letters.length() < 3 ? Optional.empty()
                            : fulls.stream().filter(full -> sorted(initials(full)).equals(sorted(letters))).findFirst())
                    .ifPresent(full -> out.put(acronym, full));
        }
        return out;
    }

    /**
     * "The Department of Fire and Emergency Services (DFES) said": a name in capitals in brackets right
     * after an organisation's name is its acronym, whatever the tagger typed it and though its letters
     * follow the name only loosely ("Department of Biodiversity and Conservation (DBCA)").
     */
    private static Map<String, String> foldBracketedAcronyms(String text, List<Occurrence> found) {
        Map<String, String> out = new HashMap<>();
        for (Occurrence acronym : found) {
            String name = acronym.name();
            int open = acronym.span().start() - 1;
            if (acronym.fixed() || name.length() < 2 || name.length() > 8 || !name.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
                    || open < 1 || text.charAt(open) != '(' || acronym.span().end() >= text.length() || text.charAt(acronym.span().end()) != ')') {
                continue;
            }
            int before = open;
            while (before > 0 && text.charAt(before - 1) == ' ') {
                before--;
            }
            int end = before;
            found.stream().filter(o -> o.type() == EntityType.ORGANIZATION && o.span().end() == end && !o.name().equals(name)
                            && initials(o.name()).indexOf(name.charAt(0)) >= 0)
                    .findFirst().ifPresent(full -> out.putIfAbsent(name, full.name()));
        }
        return out;
    }

    private static String sorted(String letters) {
        char[] chars = letters.toCharArray();
        Arrays.sort(chars);
        return new String(chars);
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && !ACRONYM_STOPWORDS.contains(word)) {
                sb.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return sb.toString();
    }

    static EntityType coarse(String nerTag) {
        if (nerTag == null) {
            return null;
        }
        return switch (nerTag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
