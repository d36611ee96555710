package org.newswire.extraction;

import org.newswire.extraction.mention.EntityStage;
import org.newswire.extraction.nlp.CoreNlpStage;
import org.newswire.extraction.quote.QuoteStage;
import org.newswire.extraction.topic.TopicClassifier;
import org.newswire.extraction.topic.TopicStage;

import java.util.List;
import java.util.function.Supplier;

/** The standard pipeline: parse, entities, quotes, topics. Building it loads the NLP models. */
public final class ExtractionPipelines {

    private ExtractionPipelines() {
    }

    /** With the built-in topics, as shipped. */
    public static Pipeline standard() {
        TopicClassifier builtIns = new TopicClassifier(TopicClassifier.builtIns());
        return standard(() -> builtIns);
    }

    /** With the topics {@code topics} gives at the time each document comes through. */
    public static Pipeline standard(Supplier<TopicClassifier> topics) {
        QuoteStage quotes = new QuoteStage();
        // only the quote stage reads the dependency parse, so only its sentences are parsed
        return new Pipeline(List.of(new CoreNlpStage(quotes::needsParse), new EntityStage(), quotes, new TopicStage(topics)));
    }
}
