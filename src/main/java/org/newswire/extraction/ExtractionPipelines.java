package org.newswire.extraction;

import org.newswire.extraction.mention.EntityStage;
import org.newswire.extraction.nlp.CoreNlpStage;
import org.newswire.extraction.quote.QuoteStage;
import org.newswire.extraction.topic.TopicStage;

import java.util.List;

/** The standard pipeline: parse, entities, quotes, topics. Building it loads the NLP models. */
public final class ExtractionPipelines {

    private ExtractionPipelines() {
    }

    public static Pipeline standard() {
        QuoteStage quotes = new QuoteStage();
        // only the quote stage reads the dependency parse, so only its sentences are parsed
        return new Pipeline(List.of(new CoreNlpStage(quotes::needsParse), new EntityStage(), quotes, new TopicStage()));
    }
}
