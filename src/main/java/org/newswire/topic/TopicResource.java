package org.newswire.topic;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiExamples;
import org.newswire.api.ApiProblem;
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.PageRequest;
import org.newswire.article.ArticleFilter;
import org.newswire.article.ArticleService;
import org.newswire.article.ArticleViews;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.TopicSlug;
import org.newswire.quote.SpeakerService;

import java.util.List;

@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "The fixed topics: election-interference, sanctions, arms-control")
public class TopicResource {

    @Inject
    TopicService topics;
    @Inject
    ArticleService articles;
    @Inject
    SpeakerService speakerService;
    @Inject
    NewswireConfig config;

    @GET
    @Operation(summary = "List topics", description = "Every topic with its label, description and number of articles.")
    @APIResponse(responseCode = "200", description = "The topics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TopicService.TopicView.class),
                    examples = @ExampleObject(name = "topics", value = ApiExamples.TOPICS)))
    public List<TopicService.TopicView> list() {
        return topics.list();
    }

    @GET
    @Path("/{slug}/articles")
    @Operation(summary = "Articles on a topic", description = "Articles assigned the topic, newest first.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.SummaryPage.class),
                    examples = @ExampleObject(name = "article-page", value = ApiExamples.ARTICLE_PAGE)))
    @APIResponse(responseCode = "404", description = "Unknown topic slug", ref = NewswireApi.NOT_FOUND)
    public Page<ArticleViews.Summary> articles(
            @Parameter(description = "Topic slug", example = "arms-control") @PathParam("slug") String slug,
            @BeanParam PageParams pageParams) {
        return articles.list(ArticleFilter.byTopic(known(slug)), null, pageParams.toRequest(config));
    }

    @GET
    @Path("/{slug}/speakers")
    @Operation(summary = "Who is quoted on a topic", description = "Speakers quoted in articles on the topic, most quoted first.")
    @APIResponse(responseCode = "200", description = "A page of speakers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerService.SpeakerPage.class),
                    examples = @ExampleObject(name = "speaker-page", value = ApiExamples.SPEAKER_PAGE)))
    @APIResponse(responseCode = "404", description = "Unknown topic slug", ref = NewswireApi.NOT_FOUND)
    public Page<SpeakerService.SpeakerSummary> speakers(
            @Parameter(description = "Topic slug", example = "sanctions") @PathParam("slug") String slug,
            @BeanParam PageParams pageParams) {
        PageRequest paging = pageParams.toRequest(config);
        return speakerService.list(new SpeakerService.SpeakerFilter(known(slug), null, null), paging);
    }

    private String known(String slug) {
        return TopicSlug.fromSlug(slug).orElseThrow(() -> ApiProblem.notFound("topic '" + slug + "'")).slug();
    }

    @GET
    @Path("/{slug}/timeline")
    @Operation(summary = "A topic over time", description = "Article and quote counts per day, ISO week (buckets start on "
            + "Monday) or month of publication, oldest first. Articles without a publication date are not counted.")
    @APIResponse(responseCode = "200", description = "The buckets that have articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TopicService.Bucket.class),
                    examples = @ExampleObject(name = "timeline", value = ApiExamples.TIMELINE)))
    @APIResponse(responseCode = "400", description = "Unknown interval", ref = NewswireApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = "Unknown topic slug", ref = NewswireApi.NOT_FOUND)
    public List<TopicService.Bucket> timeline(
            @Parameter(description = "Topic slug", example = "sanctions") @PathParam("slug") String slug,
            @Parameter(description = "day, week or month (default)", example = "week") @QueryParam("interval") String interval) {
        return topics.timeline(known(slug), interval);
    }
}
