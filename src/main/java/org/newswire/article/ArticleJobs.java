package org.newswire.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.newswire.runtime.DaemonThreads;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background work over every stored article: re-running the whole pipeline, or only the topics after
 * a topic definition changed. Progress is kept in memory: a restart forgets jobs, not data, since each
 * article is rewritten in its own transaction. One job of each kind runs at a time: asking for a second
 * re-extraction while one is queued or running gets that one back (the caller answers 409 with its
 * location), while a topic change replaces a running re-classification, whose work would be stale.
 * A job can be cancelled; the most recent finished jobs are kept, the older forgotten.
 */
@ApplicationScoped
public class ArticleJobs {

    private static final Logger LOG = Logger.getLogger(ArticleJobs.class);

    /** What a job does to each article. */
    public enum Kind {
        @JsonProperty("re-extract") REEXTRACT,
        @JsonProperty("reclassify-topics") RECLASSIFY_TOPICS
    }

    @Schema(name = "Job")
    public record JobView(@Schema(example = "3f2a…") String id, Kind kind, @Schema(example = "running") String status,
                          int total, int done, int failed, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final Kind kind;
        final List<Long> articles;
        final OffsetDateTime queuedAt = now();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile String status = "queued";
        volatile boolean cancelled;
        volatile OffsetDateTime startedAt;
        volatile OffsetDateTime finishedAt;

        Job(Kind kind, List<Long> articles) {
            this.kind = kind;
            this.articles = List.copyOf(articles);
        }

        JobView view() {
            return new JobView(id, kind, status, articles.size(), done.get(), failed.get(),
                    startedAt == null ? queuedAt : startedAt, finishedAt);
        }
    }

    /** Finished or cancelled jobs kept for their callers to read. */
    static final int KEPT_JOBS = 20;

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<Kind, Job> active = new EnumMap<>(Kind.class);
    private final Map<Kind, ExecutorService> workers = Map.of(
            Kind.REEXTRACT, Executors.newSingleThreadExecutor(DaemonThreads.named("reextract")),
            Kind.RECLASSIFY_TOPICS, Executors.newSingleThreadExecutor(DaemonThreads.named("reclassify")));

    @Inject
    ArticleService articles;

    /** A job started now ({@code started} true), or the one already queued or running. */
    public record Start(JobView job, boolean started) {
    }

    public synchronized Start startReextraction() {
        Job running = active.get(Kind.REEXTRACT);
        return running != null ? new Start(running.view(), false) : new Start(submit(Kind.REEXTRACT), true);
    }

    /** Classifies every stored article with the current topics, cancelling a re-classification under way. */
    public synchronized JobView startReclassification() {
        Job running = active.get(Kind.RECLASSIFY_TOPICS);
        if (running != null) {
            running.cancelled = true;
        }
        return submit(Kind.RECLASSIFY_TOPICS);
    }

    private JobView submit(Kind kind) {
        Job job = new Job(kind, articles.allIds());
        jobs.put(job.id, job);
        active.put(kind, job);
        prune();
        workers.get(kind).submit(() -> run(job));
        return job.view();
    }

    public synchronized Optional<JobView> get(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    /** Stops a queued or running job after the article in hand; a finished one stays as it is. */
    public synchronized Optional<JobView> cancel(String id) {
        Job job = jobs.get(id);
        if (job != null && job.finishedAt == null) {
            job.cancelled = true;
        }
        return Optional.ofNullable(job).map(Job::view);
    }

    private void prune() {
        long ended = jobs.values().stream().filter(j -> j.finishedAt != null).count();
        var it = jobs.values().iterator();
        while (ended > KEPT_JOBS && it.hasNext()) {
            if (it.next().finishedAt != null) {
                it.remove();
                ended--;
            }
        }
    }

    private void run(Job job) {
        job.startedAt = now();
        job.status = "running";
        for (long id : job.articles) {
            if (job.cancelled) {
                break;
            }
            try {
                if (job.kind == Kind.REEXTRACT) {
                    articles.reextract(id);
                } else {
                    articles.reclassify(id);
                }
                job.done.incrementAndGet();
            } catch (RuntimeException e) {
                job.failed.incrementAndGet();
                LOG.errorf(e, "%s of article %d failed", job.kind, id);
            }
        }
        synchronized (this) {
            job.finishedAt = now();
            job.status = job.cancelled ? "cancelled" : "finished";
            active.remove(job.kind, job);
            prune();
        }
        LOG.infof("%s job %s %s: %d done, %d failed", job.kind, job.id, job.status, job.done.get(), job.failed.get());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        workers.values().forEach(ExecutorService::shutdownNow);
    }
}
