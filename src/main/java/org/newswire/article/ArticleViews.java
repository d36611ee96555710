package org.newswire.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newswire.api.Page;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.QuoteType;
import org.newswire.mention.NamedEntity;
import org.newswire.quote.Quote;
import org.newswire.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes for articles and what was extracted from them. */
public final class ArticleViews {

    private ArticleViews() {
    }

    @Schema(name = "ArticleSummary")
    public record Summary(long id, String url, String title, String source, String author,
                          OffsetDateTime publishedAt, OffsetDateTime ingestedAt,
                          @Schema(example = "[\"election-interference\"]") List<String> topics,
                          @Schema(description = "The story of this article and its copies (GET /api/stories/{id}); null for one stored before stories",
                                  nullable = true) Long storyId,
                          @Schema(description = "Relevance, only when searching with q", nullable = true)
                          @JsonInclude(JsonInclude.Include.NON_NULL) Float score,
                          @Schema(description = "Matched text with <em> around the matching words, only with q",
                                  example = "Russia will not <em>meddle</em> in the election", nullable = true)
                          @JsonInclude(JsonInclude.Include.NON_NULL) String highlight) {
    }

    @Schema(name = "ArticlePage")
    public static final class SummaryPage extends Page.Fields {
        public List<Summary> items;
    }

    @Schema(name = "QuotePage")
    public static final class QuotePage extends Page.Fields {
        public List<QuoteView> items;
    }

    @Schema(name = "ArticleDetail")
    public record Detail(long id, String url, String title, String source, String author,
                         OffsetDateTime publishedAt, OffsetDateTime ingestedAt, String text,
                         @Schema(nullable = true) Long storyId, List<TopicScore> topics, List<QuoteView> quotes, List<EntityInArticle> entities) {
    }

    @Schema(name = "TopicScore")
    public record TopicScore(@Schema(example = "sanctions") String slug, @Schema(example = "Sanctions") String label,
                             @Schema(example = "0.75") double score,
                             @Schema(description = "The phrases that made sentences count for the topic, and in how many sentences; "
                                     + "empty for links made before topics kept their evidence")
                             List<org.newswire.extraction.TopicScore.Evidence> evidence) {
    }

    @Schema(name = "SpeakerRef")
    public record SpeakerRef(long id, @Schema(example = "Dmitry Peskov") String name, EntityType type) {
        public static SpeakerRef of(NamedEntity e) {
            return e == null ? null : new SpeakerRef(e.id, e.name, e.type);
        }
    }

    @Schema(name = "Quote")
    public record QuoteView(long id, long articleId, String articleTitle, OffsetDateTime publishedAt,
                            @Schema(example = "We never interfered in elections in the US.") String text,
                            @Schema(example = "direct") QuoteType type,
                            @Schema(nullable = true) SpeakerRef speaker,
                            @Schema(example = "Kremlin spokesman Dmitry Peskov", nullable = true) String speakerMention,
                            int start, int end,
                            @Schema(description = "The statement this quote is an occurrence of (GET /api/statements/{id}); null without a speaker",
                                    nullable = true) Long statementId,
                            @Schema(description = "Relevance, only when searching with q", nullable = true)
                            @JsonInclude(JsonInclude.Include.NON_NULL) Float score,
                            @Schema(description = "The quote with <em> around the matching words, only with q", nullable = true)
                            @JsonInclude(JsonInclude.Include.NON_NULL) String highlight) {
        public static QuoteView of(Quote q) {
            return of(q, null);
        }

        public static QuoteView of(Quote q, SearchIndex.Hit hit) {
            return new QuoteView(q.id, q.article.id, q.article.title, q.article.publishedAt, q.text, q.type,
                    SpeakerRef.of(q.speaker), q.speakerMention, q.start, q.end, q.statementId,
                    hit == null ? null : hit.score(), hit == null ? null : hit.highlight());
        }
    }

    @Schema(name = "EntityInArticle")
    public record EntityInArticle(long id, String name, EntityType type, List<MentionView> mentions) {
    }

    @Schema(name = "Mention")
    public record MentionView(@Schema(example = "Peskov") String surface, int start, int end) {
    }

    @Schema(name = "IngestItemResult")
    public record ItemResult(int index, @Schema(example = "created") String status, Long id, String reason) {
    }

    @Schema(name = "BatchResult")
    public record BatchResult(int created, int duplicates, int rejected, List<ItemResult> items) {
    }
}
