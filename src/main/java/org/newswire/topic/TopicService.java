package org.newswire.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newswire.api.ApiProblem;
import org.newswire.extraction.TopicSlug;

import java.util.Arrays;
import java.util.List;

/** The fixed topics with how many articles each has. */
@ApplicationScoped
public class TopicService {

    public record TopicView(String slug, String label, String description, long articleCount) {
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
