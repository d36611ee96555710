package org.newswire.extraction;

import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;

/**
 * Holds the one shared pipeline. Models load at start-up, not on the first request, so the first
 * caller does not wait seconds and a broken models jar fails the start rather than a request.
 */
@Startup
@Singleton // no client proxy: a proxy subclass would build the pipeline a second time
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);

    private Pipeline pipeline;

    @Inject
    MeterRegistry meters;

    @PostConstruct
    void load() {
        long t0 = System.nanoTime();
        this.pipeline = ExtractionPipelines.standard();
        LOG.infof("Extraction pipeline %s ready in %d ms", pipeline.name(), (System.nanoTime() - t0) / 1_000_000);
    }

    public Extraction extract(String title, String text) {
        Document document = new Document(title, text);
        pipeline.process(document);
        // per stage, so a slow stage shows on the dashboard and not only in the total
        document.stageNanos().forEach((stage, nanos) -> Timer.builder("newswire.extraction.stage")
                .description("Time spent in one extraction stage, per article").tag("stage", stage)
                .register(meters).record(nanos, TimeUnit.NANOSECONDS));
        meters.summary("newswire.extraction.chars", "unit", "characters").record(text.length());
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Extracted %d quotes, %d entities from %d chars; stage ns %s",
                    document.quotes().size(), document.entities().size(), text.length(), document.stageNanos());
        }
        return document.toExtraction();
    }
}
