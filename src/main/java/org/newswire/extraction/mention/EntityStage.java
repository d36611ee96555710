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
import org.newswire.extraction.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Named entities from the NER tags: titles and possessives stripped, treaties and events dropped,
 * variants merged through the alias table, short person names folded into the full name used
 * elsewhere in the article, and acronyms into the organisation they abbreviate.
 */
public final class EntityStage implements Stage {

    private static final Set<String> TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
            "Sen.", "Sec.", "Sec", "Rep.", "Gov.", "Gen.", "Prof.", "Sir", "Dame", "President", "the", "The");
    private static final Set<String> TITLE_TAILS = Set.of("Press", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");
    private static final Set<String> ACRONYM_STOPWORDS = Set.of("of", "the", "for", "and", "on", "in");

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
        for (CoreMap sentence : document.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
            tagged(text, sentence.get(CoreAnnotations.TokensAnnotation.class), found);
        }
        scanAliases(text, found);
        document.setEntities(merge(found));
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
            // a slash separates two names ("UrduPoint News / Sputnik", "Bluesnap / Pixabay")
            while (j < tokens.size() && coarse(tokens.get(j).ner()) == type && !POSSESSIVES.contains(tokens.get(j).word())
                    && !tokens.get(j).word().equals("/")) {
                j++;
            }
            int from = i;
            int to = j;
            while (from < to && TITLES.contains(tokens.get(from).originalText())) {
                from++;
            }
            if (from < to) {
                Span span = Span.of(text, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
                add(span, type, out);
            }
            i = j;
        }
    }

    private void add(Span tagged, EntityType nerType, List<Occurrence> out) {
        Span span = withoutTitleTail(tagged);
        String surface = span.text();
        if (isExcluded(surface) || !Character.isUpperCase(surface.codePointAt(0))) {
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
            if (taken.stream().noneMatch(span::overlaps) && !isExcluded(followingWords(text, m.start()))) {
                Alias alias = aliases.lookup(span.text()).orElseThrow();
                found.add(new Occurrence(span, alias.name(), alias.type(), true));
            }
        }
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

    private List<ExtractedEntity> merge(List<Occurrence> found) {
        Map<String, String> canonical = new HashMap<>();
        canonical.putAll(foldShortPersonNames(found));
        canonical.putAll(foldAcronyms(found));

        Map<String, List<Occurrence>> byName = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparingInt(o -> o.span().start()))
                .forEach(o -> byName.computeIfAbsent(canonical.getOrDefault(o.name(), o.name()), k -> new ArrayList<>()).add(o));

        List<ExtractedEntity> out = new ArrayList<>();
        byName.forEach((name, occurrences) -> out.add(new ExtractedEntity(name, vote(occurrences),
                occurrences.stream().map(Occurrence::span).toList())));
        return out;
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

    /** "Peskov" → "Dmitry Peskov" when the longer name appears in the same article. */
    private static Map<String, String> foldShortPersonNames(List<Occurrence> found) {
        List<String> persons = found.stream().filter(o -> o.type() == EntityType.PERSON)
                .map(Occurrence::name).distinct().toList();
        Map<String, String> out = new HashMap<>();
        for (String shortName : found.stream().filter(o -> o.type() == EntityType.PERSON && !o.fixed())
                .map(Occurrence::name).distinct().toList()) {
            persons.stream()
                    .filter(full -> full.length() > shortName.length() && full.endsWith(" " + shortName))
                    .max(Comparator.comparingInt(String::length))
                    .ifPresent(full -> out.put(shortName, full));
        }
        return out;
    }

    /** "ODNI" → "Office of the Director of National Intelligence" when both appear. */
    private static Map<String, String> foldAcronyms(List<Occurrence> found) {
        Set<String> orgs = new HashSet<>();
        found.stream().filter(o -> o.type() == EntityType.ORGANIZATION).forEach(o -> orgs.add(o.name()));
        Map<String, String> out = new HashMap<>();
        for (String acronym : orgs) {
            if (acronym.length() < 2 || acronym.length() > 6 || !acronym.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            orgs.stream().filter(full -> !full.equals(acronym) && initials(full).equals(acronym))
                    .findFirst().ifPresent(full -> out.put(acronym, full));
        }
        return out;
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
