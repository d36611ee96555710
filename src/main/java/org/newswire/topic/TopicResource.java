package org.newswire.topic;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiExamples;
import org.newswire.api.ApiProblem;
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.PageRequest;
import org.newswire.api.Problem;
import org.newswire.api.ProblemMapper;
import org.newswire.article.ArticleFilter;
import org.newswire.article.ArticleService;
import org.newswire.article.ArticleViews;
import org.newswire.config.NewswireConfig;
import org.newswire.quote.SpeakerResource;
import org.newswire.quote.SpeakerService;

import java.util.List;

@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Topics as data: the built-in election-interference, sanctions and arms-control, and those users define")
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
            @Parameter(description = SpeakerResource.DISTINCT, example = "statements") @QueryParam("distinct") String distinct,
            @BeanParam PageParams pageParams) {
        PageRequest paging = pageParams.toRequest(config);
        return speakerService.list(new SpeakerService.SpeakerFilter(known(slug), null, null, SpeakerResource.countsStatements(distinct)), paging);
    }

    private String known(String slug) {
        return topics.known(slug);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "A topic's definition", description = "Label, description, phrases with their weights and negative phrases.")
    @APIResponse(responseCode = "200", description = "The topic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicService.TopicDetail.class),
                    examples = @ExampleObject(name = "topic", value = ApiExamples.TOPIC)))
    @APIResponse(responseCode = "404", description = "Unknown topic slug", ref = NewswireApi.NOT_FOUND)
    public TopicService.TopicDetail get(@Parameter(description = "Topic slug", example = "sanctions") @PathParam("slug") String slug) {
        return topics.get(slug).orElseThrow(() -> ApiProblem.notFound("topic '" + slug + "'"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Define a topic", description = "Stores the topic; ingest and /api/extract use it at once, and a "
            + "background job (the answer's job, its Location under /api/jobs) classifies the stored articles again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TopicDefinitions.Input.class),
            examples = @ExampleObject(name = "energy-security", value = ApiExamples.TOPIC_INPUT)))
    @APIResponse(responseCode = "201", description = "Defined; Location names the topic",
            content = @Content(schema = @Schema(implementation = TopicService.TopicChange.class)))
    @APIResponse(responseCode = "400", description = "A field or phrase is invalid; each is named", ref = NewswireApi.BAD_REQUEST)
    @APIResponse(responseCode = "409", description = "A topic with that slug exists",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(TopicDefinitions.Input input, @Context UriInfo uri) {
        TopicService.TopicChange change = topics.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(change.topic().slug()).build()).entity(change).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Change a topic", description = "Replaces the label, description and phrases (built-in topics "
            + "too); stored articles are classified again in the background (the answer's job).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TopicDefinitions.Input.class),
            examples = @ExampleObject(name = "energy-security", value = ApiExamples.TOPIC_INPUT)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = TopicService.TopicChange.class)))
    @APIResponse(responseCode = "400", description = "A field or phrase is invalid, or the slug differs from the path's", ref = NewswireApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = "Unknown topic slug", ref = NewswireApi.NOT_FOUND)
    public TopicService.TopicChange update(@Parameter(description = "Topic slug", example = "energy-security") @PathParam("slug") String slug,
                                           TopicDefinitions.Input input) {
        return topics.update(slug, input).orElseThrow(() -> ApiProblem.notFound("topic '" + slug + "'"));
    }

    @DELETE
    @Path("/{slug}")
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Remove a topic", description = "Removes a user-defined topic and its links to articles. "
            + "Built-in topics cannot be removed (409); change them with PUT.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Unknown topic slug", ref = NewswireApi.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The topic is built in",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public void delete(@Parameter(description = "Topic slug", example = "energy-security") @PathParam("slug") String slug) {
        if (!topics.delete(slug)) {
            throw ApiProblem.notFound("topic '" + slug + "'");
        }
    }

    @GET
    @Path("/{slug}/timeline")
    @Operation(summary = "A topic over time", description = "Article, quote and statement counts per day, ISO week (buckets "
            + "start on Monday) or month of publication, oldest first; a statement counts once, in the bucket of its first "
            + "occurrence on the topic, however many outlets carried it. Articles without a publication date are not counted.")
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
