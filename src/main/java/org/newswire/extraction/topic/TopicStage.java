package org.newswire.extraction.topic;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newswire.extraction.Document;
import org.newswire.extraction.Layer;
import org.newswire.extraction.Resources;
import org.newswire.extraction.Stage;
import org.newswire.extraction.TopicScore;
import org.newswire.extraction.TopicSlug;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A weighted phrase lexicon scored sentence by sentence. A sentence supports a topic when its
 * phrase weights add up to at least 1; a topic is assigned when the headline or lead supports it
 * (the main subject) or when at least two sentences do, as the annotation conventions say.
 */
public final class TopicStage implements Stage {

    private record Phrase(TopicSlug topic, Pattern pattern, double weight) {
    }

    private static final double SUPPORT = 1.0;

    private final List<Phrase> phrases = new ArrayList<>();

    public TopicStage() {
        for (String[] row : Resources.rows("topic-lexicon.tsv", 3)) {
            TopicSlug topic = TopicSlug.fromSlug(row[0])
                    .orElseThrow(() -> new IllegalStateException("topic-lexicon.tsv: unknown topic " + row[0]));
            phrases.add(new Phrase(topic, Pattern.compile("\\b(?:" + row[1] + ")\\b", Pattern.CASE_INSENSITIVE),
                    Double.parseDouble(row[2])));
        }
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.NLP);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOPICS);
    }

    @Override
    public void process(Document document) {
        List<String> sentences = new ArrayList<>();
        for (CoreMap sentence : document.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentence.get(CoreAnnotations.TextAnnotation.class));
        }
        document.setTopics(score(document.title(), sentences));
    }

    /** Scores a headline (may be empty) and the article's sentences, first sentence being the lead. */
    public List<TopicScore> score(String title, List<String> sentences) {
        Map<TopicSlug, Integer> support = new EnumMap<>(TopicSlug.class);
        Map<TopicSlug, Boolean> lead = new EnumMap<>(TopicSlug.class);
        List<String> leadSentences = new ArrayList<>();
        if (!title.isBlank()) {
            leadSentences.add(title);
        }
        // the first two lines hold the headline and lead when the title is part of the text
        leadSentences.addAll(sentences.subList(0, Math.min(2, sentences.size())));
        for (TopicSlug topic : TopicSlug.values()) {
            int count = 0;
            for (String sentence : sentences) {
                if (weight(topic, sentence) >= SUPPORT) {
                    count++;
                }
            }
            support.put(topic, count);
            lead.put(topic, leadSentences.stream().anyMatch(s -> weight(topic, s) >= SUPPORT));
        }
        List<TopicScore> out = new ArrayList<>();
        for (TopicSlug topic : TopicSlug.values()) {
            int count = support.get(topic);
            boolean main = lead.get(topic);
            double score = Math.min(1.0, count / 4.0 + (main ? 0.25 : 0.0));
            out.add(new TopicScore(topic, Math.round(score * 100) / 100.0, main || count >= 2));
        }
        return out;
    }

    private double weight(TopicSlug topic, String sentence) {
        double sum = 0;
        for (Phrase phrase : phrases) {
            if (phrase.topic() == topic && phrase.pattern().matcher(sentence).find()) {
                sum += phrase.weight();
            }
        }
        return sum;
    }
}
