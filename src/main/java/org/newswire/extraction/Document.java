package org.newswire.extraction;

import edu.stanford.nlp.pipeline.Annotation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The working state of one article as it moves through the pipeline. Not thread-safe; one per call. */
public final class Document {

    private final String title;
    private final String text;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private final Map<String, Long> stageNanos = new LinkedHashMap<>();
    private Annotation annotation;
    private List<ExtractedEntity> entities = List.of();
    private List<ExtractedQuote> quotes = List.of();
    private List<TopicScore> topics = List.of();

    public Document(String title, String text) {
        this.title = title == null ? "" : title;
        this.text = Objects.requireNonNull(text, "text");
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    void markDone(Set<Layer> provided) {
        layers.addAll(provided);
    }

    void recordTiming(String stage, long nanos) {
        stageNanos.merge(stage, nanos, Long::sum);
    }

    /** Nanoseconds spent in each stage, in pipeline order. */
    public Map<String, Long> stageNanos() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
    }

    public Annotation annotation() {
        return annotation;
    }

    public void setAnnotation(Annotation annotation) {
        this.annotation = annotation;
    }

    public List<ExtractedEntity> entities() {
        return entities;
    }

    public void setEntities(List<ExtractedEntity> entities) {
        this.entities = List.copyOf(entities);
    }

    public List<ExtractedQuote> quotes() {
        return quotes;
    }

    public void setQuotes(List<ExtractedQuote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    public List<TopicScore> topics() {
        return topics;
    }

    public void setTopics(List<TopicScore> topics) {
        this.topics = List.copyOf(topics);
    }

    public Extraction toExtraction() {
        return new Extraction(quotes, entities, topics);
    }

}
