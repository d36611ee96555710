package org.newswire.extraction.topic;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newswire.extraction.TopicScore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores an article against a set of topic definitions, sentence by sentence. A sentence supports a
 * topic when its phrase weights add up to at least 1 and none of the topic's negative phrases is in
 * it; a topic is assigned when the headline or lead supports it (the main subject) or when at least
 * two sentences do, as the annotation conventions say. It reads only the title and text, so stored
 * articles can be classified again without the NLP stages.
 */
public final class TopicClassifier {

    private static final double SUPPORT = 1.0;
    private static final String BUILT_INS = "extraction/builtin-topics.json";

    private record Weighted(TopicPhrase phrase, double weight) {
    }

    private record Compiled(TopicDefinition definition, List<Weighted> phrases, List<TopicPhrase> negatives) {
    }

    private final List<Compiled> topics = new ArrayList<>();

    /** @throws IllegalArgumentException if a phrase does not parse (see {@link TopicPhrase}) */
    public TopicClassifier(List<TopicDefinition> definitions) {
        for (TopicDefinition d : definitions) {
            topics.add(compile(d));
        }
    }

    private static Compiled compile(TopicDefinition d) {
        List<Weighted> phrases = d.phrases().stream().map(p -> new Weighted(TopicPhrase.parse(p.phrase()), p.weight())).toList();
        return new Compiled(d, phrases, d.negativePhrases().stream().map(TopicPhrase::parse).toList());
    }

    /** The three built-in topics as shipped; the database seeds itself from the same file. */
    public static List<TopicDefinition> builtIns() {
        try (InputStream in = TopicClassifier.class.getClassLoader().getResourceAsStream(BUILT_INS)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + BUILT_INS);
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<TopicDefinition>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(BUILT_INS, e);
        }
    }

    public List<TopicDefinition> definitions() {
        return topics.stream().map(Compiled::definition).toList();
    }

    /** Scores every topic for a headline (may be empty) and an article text. */
    public List<TopicScore> score(String title, String text) {
        List<String> sentences = sentences(text);
        boolean hasTitle = title != null && !title.isBlank();
        boolean titleInText = hasTitle && sentences.contains(title);
        List<TopicScore> out = new ArrayList<>();
        for (Compiled topic : topics) {
            Map<String, Integer> evidence = new LinkedHashMap<>();
            int count = 0;
            boolean main = false;
            for (int i = 0; i < sentences.size(); i++) {
                List<String> found = support(topic, sentences.get(i));
                if (!found.isEmpty()) {
                    count++;
                    found.forEach(p -> evidence.merge(p, 1, Integer::sum));
                    // the first two lines hold the headline and lead when the title is part of the text
                    main |= i < 2;
                }
            }
            if (hasTitle) {
                List<String> found = support(topic, title);
                main |= !found.isEmpty();
                if (!titleInText) {
                    found.forEach(p -> evidence.merge(p, 1, Integer::sum));
                }
            }
            double score = Math.min(1.0, count / 4.0 + (main ? 0.25 : 0.0));
            out.add(new TopicScore(topic.definition().slug(), Math.round(score * 100) / 100.0, main || count >= 2,
                    evidence.entrySet().stream().map(e -> new TopicScore.Evidence(e.getKey(), e.getValue())).toList()));
        }
        return out;
    }

    /** The phrases that make the sentence count for the topic, or none. */
    private static List<String> support(Compiled topic, String sentence) {
        for (TopicPhrase negative : topic.negatives()) {
            if (negative.foundIn(sentence)) {
                return List.of();
            }
        }
        double sum = 0;
        List<String> found = new ArrayList<>();
        for (Weighted w : topic.phrases()) {
            if (w.phrase().foundIn(sentence)) {
                sum += w.weight();
                found.add(w.phrase().text());
            }
        }
        return sum >= SUPPORT ? found : List.of();
    }

    /** Lines, then sentences within them: a headline or a dateline line without a full stop is a sentence of its own. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            breaks.setText(line);
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }
}
