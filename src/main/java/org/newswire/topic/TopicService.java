package org.newswire.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newswire.api.ApiProblem;
import org.newswire.extraction.TopicSlug;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The fixed topics with how many articles each has. */
@ApplicationScoped
public class TopicService {

    public record TopicView(String slug, String label, String description, long articleCount) {
    }

    public record Bucket(LocalDate start, long articles, long quotes) {
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
            LocalDate day = ((OffsetDateTime) row[0]).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().with(start);
            long[] counts = buckets.computeIfAbsent(day, k -> new long[2]);
            counts[0]++;
            counts[1] += (Long) row[1];
        }
        return buckets.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Transactional
    public List<TopicView> list() {
        return Topic.<Topic>listAll(io.quarkus.panache.common.Sort.by("slug")).stream()
                .map(t -> new TopicView(t.slug, t.label, t.description, ArticleTopic.count("topic", t)))
                .toList();
    }

    /** Null passes; an unknown slug is a 400 naming the parameter and the valid slugs. */
    public String checkSlug(String field, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return TopicSlug.fromSlug(slug.strip()).map(TopicSlug::slug).orElseThrow(() -> ApiProblem.badField(field,
                "unknown topic '" + slug + "'; expected one of " + Arrays.stream(TopicSlug.values()).map(TopicSlug::slug).toList()));
    }
}
