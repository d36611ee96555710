package org.newswire.article;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.newswire.runtime.DaemonThreads;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-runs the current pipeline over every stored article in the background, one job at a time
 * (jobs queue behind each other), keeping progress in memory: a restart forgets jobs, not data,
 * since each article is replaced in its own transaction.
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

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("reextract"));

    @Inject
    ArticleService articles;

    public JobView start() {
        Job job = new Job(articles.allIds());
        jobs.put(job.id, job);
        worker.submit(() -> run(job));
        return job.view();
    }

    public Optional<JobView> get(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    private void run(Job job) {
        job.startedAt = now();
        job.status = "running";
        for (long id : job.articles) {
            try {
                articles.reextract(id);
                job.done.incrementAndGet();
            } catch (RuntimeException e) {
                job.failed.incrementAndGet();
                LOG.errorf(e, "Re-extraction of article %d failed", id);
            }
        }
        job.finishedAt = now();
        job.status = "finished";
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
