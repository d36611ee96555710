package org.newswire.extraction.topic;

import org.newswire.extraction.Document;
import org.newswire.extraction.Layer;
import org.newswire.extraction.Stage;

import java.util.Set;
import java.util.function.Supplier;

/** Assigns topics with whatever classifier is current when the document comes through (users may redefine topics). */
public final class TopicStage implements Stage {

    private final Supplier<TopicClassifier> classifier;

    public TopicStage(Supplier<TopicClassifier> classifier) {
        this.classifier = classifier;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOPICS);
    }

    @Override
    public void process(Document document) {
        document.setTopics(classifier.get().score(document.title(), document.text()));
    }
}
