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

import edu.stanford.nlp.util.RuntimeInterruptedException;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.topic.TopicClassifier;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
    // the built-ins until the topic catalog has read the stored definitions at start-up
    private final AtomicReference<TopicClassifier> topics = new AtomicReference<>(new TopicClassifier(TopicClassifier.builtIns()));
    private static final ScheduledExecutorService WATCHDOG =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("extraction-budget"));

    @Inject
    NewswireConfig config;

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
                Pipeline loaded = ExtractionPipelines.standard(topics::get);
                LOG.infof("Extraction pipeline %s ready in %d ms", loaded.name(), (System.nanoTime() - t0) / 1_000_000);
                pipeline.complete(loaded);
            } catch (RuntimeException | Error e) {
                LOG.error("The extraction models could not be loaded; extraction answers 503", e);
                pipeline.completeExceptionally(e);
            }
        }).start();
    }

    /** Extraction and ingest use these topics from now on. */
    public void useTopics(TopicClassifier classifier) {
        topics.set(classifier);
    }

    /** The current topics' scores for a text, without the NLP stages (for classifying stored articles again). */
    public List<TopicScore> classify(String title, String text) {
        return topics.get().score(title, text);
    }

    /** False while the models are still loading; throws {@link Unavailable} if loading failed. */
    public boolean loaded() {
        return pipeline.isDone() && await() != null;
    }

    public Extraction extract(String title, String text) {
        return extract(title, text, stop -> { });
    }

    /**
     * Extracts on the calling thread within the time budget ({@code newswire.extraction.budget-ms}):
     * past it the work is interrupted and {@link Stopped} thrown. {@code onStop} receives a hook that
     * stops the work early (the client went away).
     */
    public Extraction extract(String title, String text, Consumer<Runnable> onStop) {
        Pipeline loaded = await();
        Document document = new Document(title, text);
        Thread worker = Thread.currentThread();
        AtomicReference<String> stopped = new AtomicReference<>();
        Object lock = new Object();
        boolean[] finished = {false};
        Consumer<String> stop = why -> {
            synchronized (lock) {
                if (!finished[0] && stopped.compareAndSet(null, why)) {
                    worker.interrupt();
                }
            }
        };
        long budgetMs = config.extraction().budgetMs();
        ScheduledFuture<?> timer = WATCHDOG.schedule(() -> stop.accept("it took longer than the " + budgetMs + " ms budget; "
                + "the text may be too long or not prose (very long sentences, runs of punctuation)"), budgetMs, TimeUnit.MILLISECONDS);
        onStop.accept(() -> stop.accept("the client went away"));
        try {
            loaded.process(document);
        } catch (RuntimeInterruptedException e) {
            throw new Stopped(stopped.get() == null ? "it was interrupted" : stopped.get());
        } finally {
            synchronized (lock) {
                finished[0] = true;
            }
            timer.cancel(false);
            Thread.interrupted(); // an interrupt meant for the extraction must not reach what the thread does next
        }
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

    /** An extraction stopped before it finished: over its time budget, or its client gone. */
    public static final class Stopped extends RuntimeException {
        Stopped(String why) {
            super("Extraction stopped: " + why);
        }
    }

    /** The models failed to load: no extraction is possible until the service is mended and restarted. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("Extraction is unavailable: the NLP models failed to load (" + cause + ")", cause);
        }
    }
}
