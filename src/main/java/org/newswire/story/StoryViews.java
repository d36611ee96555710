package org.newswire.story;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newswire.api.Page;
import org.newswire.article.ArticleViews;
import org.newswire.extraction.QuoteType;

import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes for stories and statements. */
public final class StoryViews {

    private StoryViews() {
    }

    @Schema(name = "StorySummary", description = "An article and its copies on other sites")
    public record StorySummary(long id, @Schema(description = "Title of its earliest article") String title,
                               long leadArticleId, OffsetDateTime firstSeen, OffsetDateTime lastSeen,
                               @Schema(example = "4") int articleCount, @Schema(example = "3") int sourceCount,
                               @Schema(example = "[\"Reuters\", \"Yahoo News\", \"The Moscow Times\"]") List<String> sources) {
    }

    @Schema(name = "StoryPage")
    public static final class StoryPage extends Page.Fields {
        public List<StorySummary> items;
    }

    @Schema(name = "Story")
    public record StoryDetail(long id, String title, long leadArticleId, OffsetDateTime firstSeen, OffsetDateTime lastSeen,
                              int articleCount, int sourceCount, List<String> sources,
                              @Schema(description = "Its articles, earliest first") List<StoryArticle> articles) {
    }

    @Schema(name = "StoryArticle")
    public record StoryArticle(long id, String url, String title, String source, OffsetDateTime publishedAt, OffsetDateTime ingestedAt) {
    }

    @Schema(name = "StatementSummary", description = "One utterance of one speaker, however many articles carry it")
    public record StatementSummary(long id, @Schema(description = "Text of its earliest occurrence",
            example = "The sanctions do not hurt us.") String text, QuoteType type, ArticleViews.SpeakerRef speaker,
                                   OffsetDateTime firstSeen, OffsetDateTime lastSeen,
                                   @Schema(description = "Quotes that are occurrences of it", example = "5") int occurrenceCount,
                                   @Schema(description = "Distinct sources carrying it", example = "4") int outletCount) {
    }

    @Schema(name = "StatementPage")
    public static final class StatementPage extends Page.Fields {
        public List<StatementSummary> items;
    }

    @Schema(name = "Statement")
    public record StatementDetail(long id, String text, QuoteType type, ArticleViews.SpeakerRef speaker,
                                  OffsetDateTime firstSeen, OffsetDateTime lastSeen, int occurrenceCount, int outletCount,
                                  @Schema(description = "Its quotes, earliest first") List<Occurrence> occurrences) {
    }

    @Schema(name = "StatementOccurrence", description = "A quote that is an occurrence of the statement, with where it appeared")
    public record Occurrence(long quoteId, long articleId, String articleTitle, String url, String source,
                             OffsetDateTime publishedAt, Long storyId, String text, QuoteType type, int start, int end) {
    }
}
