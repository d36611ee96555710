package org.newswire.article;

import org.newswire.api.Dates;
import org.newswire.api.Query;
import org.newswire.cache.Addition;
import org.newswire.mention.NamedEntity;

import java.time.OffsetDateTime;

/** Filters for listing articles; null fields do not filter. {@code to} is exclusive. */
public record ArticleFilter(String topic, String entity, String speaker, String source,
                            OffsetDateTime from, OffsetDateTime to, String q) {

    /** Whether a new article is one these filters let through (read as the listing's query reads them: blank is no filter). */
    public boolean changedBy(Addition added) {
        StoredArticle a = added.article();
        String entityTerm = Query.lower(entity);
        String sourceTerm = Query.lower(source);
        return (topic == null || a.topics().contains(topic))
                && (entityTerm == null || a.entities().entrySet().stream().anyMatch(e -> NamedEntity.nameOrId(entityTerm, e.getKey(), e.getValue())))
                && (speaker == null || speaker.isBlank()
                || a.quotes().stream().anyMatch(said -> NamedEntity.filterMeans(speaker, said.speakerId(), said.speakerName())))
                && (sourceTerm == null || sourceTerm.equals(Query.lower(a.source())))
                && Dates.within(a.publishedAt(), from, to) && added.matches(q, a.entry());
    }

    public static ArticleFilter byTopic(String topic) {
        return new ArticleFilter(topic, null, null, null, null, null, null);
    }
}
