package org.newswire.article;

import java.time.OffsetDateTime;

/** Filters for listing articles; null fields do not filter. {@code to} is exclusive. */
public record ArticleFilter(String topic, String entity, String speaker, String source,
                            OffsetDateTime from, OffsetDateTime to, String q) {

    public static ArticleFilter byTopic(String topic) {
        return new ArticleFilter(topic, null, null, null, null, null, null);
    }
}
