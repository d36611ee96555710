package org.newswire.topic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.newswire.api.ApiProblem;
import org.newswire.article.ArticleJobs;
import org.newswire.cache.ReadCache;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.ExtractionService;
import org.newswire.extraction.topic.TopicClassifier;
import org.newswire.extraction.topic.TopicDefinition;
import org.newswire.quote.QuoteTopic;
import org.newswire.runtime.DaemonThreads;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The topics, as data: reading, defining, changing and removing them. A change is committed, then the
 * classifier extraction uses is rebuilt from what is stored, then stored articles are classified again
 * in the background; the change's answer carries that job. Other instances on the same database
 * take the change up within {@link #POLL}.
 */
@ApplicationScoped
public class TopicService {

    private static final Logger LOG = Logger.getLogger(TopicService.class);

    @Inject
    ExtractionService extraction;
    @Inject
    ArticleJobs jobs;
    @Inject
    ReadCache cache;
    @Inject
    NewswireConfig config;

    private volatile Set<String> slugs = Set.of();

    public record TopicView(String slug, String label, String description, boolean builtIn, long articleCount) {
    }

    @Schema(name = "TopicDetail")
    public record TopicDetail(String slug, String label, String description, boolean builtIn, long articleCount,
                              List<TopicDefinition.WeightedPhrase> phrases, List<String> negativePhrases) {
    }

    @Schema(name = "TopicChange", description = "The topic as now stored, and the job classifying stored articles again")
    public record TopicChange(TopicDetail topic, ArticleJobs.JobView job) {
    }

    /** {@code statements}: the statements whose first occurrence on the topic falls in the bucket. */
    public record Bucket(LocalDate start, long articles, long quotes, long statements) {
    }

    /** How often the stored definitions are compared with those in use, for changes made through another instance. */
    static final Duration POLL = Duration.ofSeconds(5);
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("topic-definitions"));
    private List<TopicDefinition> inUse = List.of();

    /** Before anything is extracted at start-up (the sample loader extracts), extraction gets the stored topics. */
    void load(@Observes @Priority(ExtractionService.LOAD_ORDER - 1) StartupEvent event) {
        reload();
        poller.scheduleWithFixedDelay(() -> {
            try {
                reload();
            } catch (RuntimeException e) {
                LOG.warn("Reading the topic definitions failed; the next poll retries", e); // a task that throws is never run again
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /**
     * Rebuilds the classifier when the stored definitions differ from those in use; each caller reads
     * what is committed by the time it runs, so the last of several changes wins everywhere.
     */
    synchronized void reload() {
        List<TopicDefinition> definitions = QuarkusTransaction.requiringNew().call(() -> Topic.<Topic>listAll(Sort.by("slug"))
                .stream().map(TopicDefinitions::of).toList());
        if (definitions.equals(inUse)) {
            return;
        }
        extraction.useTopics(new TopicClassifier(definitions));
        inUse = definitions;
        slugs = definitions.stream().map(TopicDefinition::slug).collect(Collectors.toUnmodifiableSet());
        LOG.infof("Topics in use: %s", slugs);
    }

    /**
     * Articles and quotes on a topic per day, ISO week (from Monday) or month of publication, oldest
     * first; articles with no publication date are left out.
     */
    @Transactional
    public List<Bucket> timeline(String slug, String interval) {
        TemporalAdjuster start = switch (interval == null ? "month" : interval) {
            case "day" -> TemporalAdjusters.ofDateAdjuster(d -> d);
            case "week" -> TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY);
            case "month" -> TemporalAdjusters.firstDayOfMonth();
            default -> throw ApiProblem.badField("interval", "'" + interval + "' is not one of day, week, month");
        };
        List<Object[]> rows = ArticleTopic.getEntityManager().createQuery("select a.publishedAt,"
                        + " (select count(q) from Quote q where q.article = a) from ArticleTopic t join t.article a"
                        + " where t.topic.slug = :slug and a.publishedAt is not null", Object[].class)
                .setParameter("slug", slug).getResultList();
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (Object[] row : rows) {
            long[] counts = buckets.computeIfAbsent(bucket(row[0], start), k -> new long[3]);
            counts[0]++;
            counts[1] += (Long) row[1];
        }
        ArticleTopic.getEntityManager().createQuery("select min(a.publishedAt) from Quote q join q.article a, ArticleTopic t"
                        + " where t.article = a and t.topic.slug = :slug and a.publishedAt is not null and q.statementId is not null"
                        + " group by q.statementId", OffsetDateTime.class)
                .setParameter("slug", slug).getResultList()
                .forEach(first -> buckets.get(bucket(first, start))[2]++);
        return buckets.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private static LocalDate bucket(Object publishedAt, TemporalAdjuster start) {
        return ((OffsetDateTime) publishedAt).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().with(start);
    }

    @Transactional
    public List<TopicView> list() {
        return Topic.<Topic>listAll(Sort.by("slug")).stream()
                .map(t -> new TopicView(t.slug, t.label, t.description, t.builtIn, ArticleTopic.count("topic", t)))
                .toList();
    }

    @Transactional
    public Optional<TopicDetail> get(String slug) {
        return Topic.<Topic>findByIdOptional(slug).map(TopicService::detail);
    }

    private static TopicDetail detail(Topic t) {
        TopicDefinition d = TopicDefinitions.of(t);
        return new TopicDetail(t.slug, t.label, t.description, t.builtIn, ArticleTopic.count("topic", t), d.phrases(), d.negativePhrases());
    }

    /** A new topic; 409 if the slug is taken (also when another request takes it at the same moment). */
    public TopicChange create(TopicDefinitions.Input input) {
        TopicDefinition definition = TopicDefinitions.check(input, null, false);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (Topic.findById(definition.slug()) != null) {
                    throw taken(definition.slug());
                }
                if (Topic.count() >= config.topics().max()) {
                    throw new ApiProblem(409, "there are already " + config.topics().max() + " topics, the most this service keeps "
                            + "(newswire.topics.max); remove one first", List.of());
                }
                Topic topic = new Topic();
                topic.slug = definition.slug();
                write(topic, definition);
                topic.persist();
            });
        } catch (ApiProblem e) {
            throw e;
        } catch (RuntimeException e) {
            // the other of two simultaneous creations of one slug fails on the primary key at commit
            if (QuarkusTransaction.requiringNew().call(() -> Topic.count("slug", definition.slug())) > 0) {
                throw taken(definition.slug());
            }
            throw e;
        }
        return changed(definition.slug());
    }

    /** Replaces a topic's definition; built-ins too (they stay built-in). Edits of one topic take turns on its row. */
    public Optional<TopicChange> update(String slug, TopicDefinitions.Input input) {
        boolean found = QuarkusTransaction.requiringNew().call(() -> {
            Topic topic = Topic.getEntityManager().find(Topic.class, slug, LockModeType.PESSIMISTIC_WRITE);
            if (topic == null) {
                return false;
            }
            write(topic, TopicDefinitions.check(input, slug, topic.builtIn));
            return true;
        });
        return found ? Optional.of(changed(slug)) : Optional.empty();
    }

    /**
     * Removes a user-defined topic and its links to articles; a built-in one is refused (409), since
     * removing it would silently change what every stored article is about: change it with PUT instead.
     */
    public boolean delete(String slug) {
        boolean found = QuarkusTransaction.requiringNew().call(() -> {
            Topic topic = Topic.getEntityManager().find(Topic.class, slug, LockModeType.PESSIMISTIC_WRITE);
            if (topic == null) {
                return false;
            }
            if (topic.builtIn) {
                throw new ApiProblem(409, "topic '" + slug + "' is built in and cannot be deleted; change its phrases with PUT", List.of());
            }
            QuoteTopic.deleteTopic(slug);
            ArticleTopic.delete("topic", topic);
            topic.delete();
            return true;
        });
        if (found) {
            reload();
            cache.changed();
        }
        return found;
    }

    private static void write(Topic topic, TopicDefinition definition) {
        topic.label = definition.label();
        topic.description = definition.description();
        topic.builtIn = definition.builtIn();
        topic.definition = TopicDefinitions.phrasesJson(definition);
    }

    private TopicChange changed(String slug) {
        reload();
        cache.changed();
        ArticleJobs.JobView job = jobs.startReclassification();
        return new TopicChange(get(slug).orElseThrow(), job);
    }

    private static ApiProblem taken(String slug) {
        return new ApiProblem(409, "a topic with slug '" + slug + "' already exists; change it with PUT /api/topics/" + slug, List.of());
    }

    /** Null passes; an unknown slug is a 400 naming the parameter and the topics there are. */
    public String checkSlug(String field, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        String s = slug.strip();
        if (!slugs.contains(s)) {
            throw ApiProblem.badField(field, "unknown topic '" + slug + "'; expected one of " + new TreeSet<>(slugs));
        }
        return s;
    }

    /** The slug if such a topic exists, else a 404. */
    public String known(String slug) {
        if (!slugs.contains(slug)) {
            throw ApiProblem.notFound("topic '" + slug + "'");
        }
        return slug;
    }
}
