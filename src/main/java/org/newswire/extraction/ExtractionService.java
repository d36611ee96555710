package org.newswire.extraction;

import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.newswire.runtime.DaemonThreads;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Holds the one shared pipeline. The models load once the service has started, on a thread of
 * their own: reads are served while they load (seconds), and an extraction asked for meanwhile waits
 * for them instead of failing. A broken models jar shows as a DOWN readiness check and a 503.
 */
@Singleton // no client proxy: a proxy subclass would build the pipeline a second time
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);

    private final CompletableFuture<Pipeline> pipeline = new CompletableFuture<>();

    @Inject
    MeterRegistry meters;

    /**
     * Start-up observers run in this order (lower first); the models start loading after the rest of the
     * start-up work, since on two cores loading alongside it slows both. Observers that extract come later.
     */
    public static final int LOAD_ORDER = Integer.MAX_VALUE - 1000;

    void load(@Observes @Priority(LOAD_ORDER) StartupEvent event) {
        DaemonThreads.named("extraction-models").newThread(() -> {
            long t0 = System.nanoTime();
            try {
                Pipeline loaded = ExtractionPipelines.standard();
                LOG.infof("Extraction pipeline %s ready in %d ms", loaded.name(), (System.nanoTime() - t0) / 1_000_000);
                pipeline.complete(loaded);
            } catch (RuntimeException | Error e) {
                LOG.error("The extraction models could not be loaded; extraction answers 503", e);
                pipeline.completeExceptionally(e);
            }
        }).start();
    }

    /** False while the models are still loading; throws {@link Unavailable} if loading failed. */
    public boolean loaded() {
        return pipeline.isDone() && await() != null;
    }

    public Extraction extract(String title, String text) {
        Document document = new Document(title, text);
        await().process(document);
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

    private Pipeline await() {
        try {
            return pipeline.join();
        } catch (CompletionException e) {
            throw new Unavailable(e.getCause());
        }
    }

    /** The models failed to load: no extraction is possible until the service is mended and restarted. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("Extraction is unavailable: the NLP models failed to load (" + cause + ")", cause);
        }
    }
}
