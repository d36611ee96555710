package org.newswire.article;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.newswire.runtime.DaemonThreads;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-runs the current pipeline over every stored article in the background, keeping progress in
 * memory: a restart forgets jobs, not data, since each article is replaced in its own transaction.
 * One job runs at a time: asking for another while one is queued or running gets that one back
 * (the caller answers 409 with its location). A job can be cancelled; the most recent finished jobs
 * are kept, the older forgotten.
 */
@ApplicationScoped
public class ReextractJobs {

    private static final Logger LOG = Logger.getLogger(ReextractJobs.class);

    @Schema(name = "Job")
    public record JobView(@Schema(example = "3f2a…") String id, @Schema(example = "running") String status,
                          int total, int done, int failed, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final List<Long> articles;
        final OffsetDateTime queuedAt = now();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile String status = "queued";
        volatile boolean cancelled;
        volatile OffsetDateTime startedAt;
        volatile OffsetDateTime finishedAt;

        Job(List<Long> articles) {
            this.articles = List.copyOf(articles);
        }

        JobView view() {
            return new JobView(id, status, articles.size(), done.get(), failed.get(),
                    startedAt == null ? queuedAt : startedAt, finishedAt);
        }
    }

    /** Finished or cancelled jobs kept for their callers to read. */
    static final int KEPT_JOBS = 20;

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private Job active;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("reextract"));

    @Inject
    ArticleService articles;

    /** A job started now ({@code started} true), or the one already queued or running. */
    public record Start(JobView job, boolean started) {
    }

    public synchronized Start start() {
        if (active != null) {
            return new Start(active.view(), false);
        }
        Job job = new Job(articles.allIds());
        jobs.put(job.id, job);
        active = job;
        prune();
        worker.submit(() -> run(job));
        return new Start(job.view(), true);
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
                articles.reextract(id);
                job.done.incrementAndGet();
            } catch (RuntimeException e) {
                job.failed.incrementAndGet();
                LOG.errorf(e, "Re-extraction of article %d failed", id);
            }
        }
        synchronized (this) {
            job.finishedAt = now();
            job.status = job.cancelled ? "cancelled" : "finished";
            active = null;
            prune();
        }
        LOG.infof("Re-extraction job %s finished: %d done, %d failed", job.id, job.done.get(), job.failed.get());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
