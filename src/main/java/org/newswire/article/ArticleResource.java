package org.newswire.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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
import org.newswire.api.Dates;
import org.newswire.api.ETags;
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.PageRequest;
import org.newswire.api.ProblemMapper;
import org.newswire.cache.AnswerScope;
import org.newswire.cache.Dependency;
import org.newswire.config.NewswireConfig;
import org.newswire.topic.TopicService;

import java.util.ArrayList;
import java.util.List;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest, read, list and delete news articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    AnswerScope answerScope;
    @Inject
    ArticleService articles;
    @Inject
    TopicService topics;
    @Inject
    NewswireConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    ArticleJobs jobs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Ingest an article",
            description = "Runs the extraction pipeline over the text and stores the article with its quotes, entities, "
                    + "mentions and topics in one transaction. Posting an article whose url or text is already stored "
                    + "returns the stored article with 200 instead of creating a duplicate.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleInput.class),
            examples = @ExampleObject(name = "kremlin", value = """
                    {"url": "https://example.org/news/kremlin-election", "title": "Kremlin says Russia will not meddle in US election",
                     "source": "Newswire Daily", "publishedAt": "2024-03-06",
                     "text": "Kremlin spokesman Dmitry Peskov said on Wednesday that Russia would not interfere in the U.S. presidential election.\\n\\n\\"We never interfered in elections in the United States,\\" Peskov said."}""")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new article",
            content = @Content(schema = @Schema(implementation = ArticleViews.Detail.class)))
    @APIResponse(responseCode = "200", description = "Already stored (same url or same text); the stored article",
            content = @Content(schema = @Schema(implementation = ArticleViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid field, text over the size limit, malformed JSON", ref = NewswireApi.BAD_REQUEST)
    public Response create(ArticleInput input, UriInfo uri) {
        ArticleService.Outcome outcome = articles.ingest(input);
        ArticleViews.Detail detail = articles.detail(outcome.article().id).orElseThrow();
        if (!outcome.created()) {
            return Response.ok(detail).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(detail.id())).build()).entity(detail).build();
    }

    @POST
    @Path("/batch")
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Ingest several articles",
            description = "Takes a JSON array of articles, or NDJSON (one article object a line, Content-Type "
                    + "application/x-ndjson), up to the configured batch limit. Each article is stored in its own "
                    + "transaction and reported as created, duplicate or rejected with the reason.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleInput.class),
            examples = @ExampleObject(name = "two", value = """
                    [{"url": "https://example.org/news/kremlin-election", "publishedAt": "2024-03-06",
                      "text": "Kremlin spokesman Dmitry Peskov said on Wednesday that Russia would not interfere in the U.S. election."},
                     {"url": "https://example.org/news/new-start", "publishedAt": "2022-11-08",
                      "text": "Russian Deputy Foreign Minister Sergei Ryabkov said Moscow was ready to discuss New START."}]""")))
    @APIResponse(responseCode = "200", description = "Per-item outcome, in the order of the request",
            content = @Content(schema = @Schema(implementation = ArticleViews.BatchResult.class), examples = @ExampleObject(name = "outcome", value = """
                    {"created": 1, "duplicates": 1, "rejected": 0, "items": [{"index": 0, "status": "created", "id": 41, "reason": null},
                     {"index": 1, "status": "duplicate", "id": 7, "reason": null}]}""")))
    @APIResponse(responseCode = "400", description = "Not an array or NDJSON, empty, or over the batch limit", ref = NewswireApi.BAD_REQUEST)
    public ArticleViews.BatchResult batch(String body, @jakarta.ws.rs.HeaderParam("Content-Type") String contentType) {
        return articles.ingestBatch(parseBatch(body, contentType != null && contentType.startsWith(NDJSON)));
    }

    private List<ArticleInput> parseBatch(String body, boolean ndjson) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badField("body", "must hold at least one article");
        }
        ObjectReader reader = mapper.readerFor(ArticleInput.class);
        List<ArticleInput> out = new ArrayList<>();
        try {
            if (!ndjson) {
                if (!body.stripLeading().startsWith("[")) {
                    throw ApiProblem.badField("body", "must be a JSON array of articles (or NDJSON with Content-Type " + NDJSON + ")");
                }
                return mapper.readerForListOf(ArticleInput.class).readValue(body);
            }
            String[] lines = body.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    out.add(reader.readValue(lines[i]));
                } catch (JsonProcessingException e) {
                    throw ProblemMapper.problemOf(e, "line " + (i + 1));
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            throw ProblemMapper.problemOf(e, "body");
        }
    }

    @GET
    @Operation(summary = "List articles",
            description = "Pages through stored articles, newest first by default, with optional filters. "
                    + "All filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.SummaryPage.class),
                    examples = @ExampleObject(name = "article-page", value = ApiExamples.ARTICLE_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging, date, topic or sort value", ref = NewswireApi.BAD_REQUEST)
    public Page<ArticleViews.Summary> list(
            @BeanParam PageParams pageParams,
            @Parameter(description = "Topic slug", example = "sanctions") @QueryParam("topic") String topic,
            @Parameter(description = "Entity named in the article: canonical name (case-insensitive) or id", example = "Dmitry Peskov") @QueryParam("entity") String entity,
            @Parameter(description = "Speaker quoted in the article: canonical name or surname", example = "Peskov") @QueryParam("speaker") String speaker,
            @Parameter(description = "Source or site, exact (case-insensitive)", example = "Newswire Daily") @QueryParam("source") String source,
            @Parameter(description = "Published on or after (ISO date or date-time)", example = "2024-03-01") @QueryParam("from") String from,
            @Parameter(description = "Published before the end of (ISO date) or before (date-time)", example = "2024-03-31") @QueryParam("to") String to,
            @Parameter(description = "Words that must appear in title or text", example = "New START") @QueryParam("q") String q,
            @Parameter(description = "publishedAt, -publishedAt (default), ingestedAt or -ingestedAt", example = "-publishedAt") @QueryParam("sort") String sort) {
        PageRequest paging = pageParams.toRequest(config);
        ArticleFilter filter = new ArticleFilter(topics.checkSlug("topic", topic), entity, speaker, source,
                Dates.parse("from", from), Dates.endOf("to", to), q);
        answerScope.dependsOn(filter::changedBy);
        return articles.list(filter, sort, paging);
    }


    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article", description = "The article with its text, topics, quotes and entity mentions. "
            + "Carries an ETag; send it back in If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.Detail.class),
                    examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No article with that id", ref = NewswireApi.NOT_FOUND)
    public Response get(@Parameter(description = "Article id", example = "1") @PathParam("id") long id, @Context Request request) {
        answerScope.dependsOn(Dependency.NO_ADDITION); // a new article leaves every other one as it was
        return ETags.ok(request, articles.detail(id).orElseThrow(() -> ApiProblem.notFound("article " + id)), mapper);
    }

    @POST
    @Path("/{id}/reextract")
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Re-extract an article", description = "Runs the current pipeline over the stored text again and "
            + "replaces the article's quotes, mentions and topics in one transaction; no duplicate rows remain.")
    @APIResponse(responseCode = "200", description = "The article as re-extracted",
            content = @Content(schema = @Schema(implementation = ArticleViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "No article with that id", ref = NewswireApi.NOT_FOUND)
    public ArticleViews.Detail reextract(@Parameter(description = "Article id", example = "1") @PathParam("id") long id) {
        return articles.reextract(id).orElseThrow(() -> ApiProblem.notFound("article " + id));
    }

    @POST
    @Path("/reextract")
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Re-extract every article", description = "Starts a background job that re-runs the current "
            + "pipeline over all stored articles, each in its own transaction. Follow its progress at the Location.")
    @APIResponse(responseCode = "202", description = "Started; Location names the job",
            content = @Content(schema = @Schema(implementation = ArticleJobs.JobView.class)))
    @APIResponse(responseCode = "409", description = "A re-extraction is already queued or running: the body and Location are that job",
            content = @Content(schema = @Schema(implementation = ArticleJobs.JobView.class)))
    public Response reextractAll(UriInfo uri) {
        ArticleJobs.Start start = jobs.startReextraction();
        java.net.URI location = uri.getBaseUriBuilder().path("api/jobs").path(start.job().id()).build();
        return (start.started() ? Response.accepted(start.job()) : Response.status(409).entity(start.job())).location(location).build();
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Delete an article", description = "Removes the article and its quotes, mentions and topic links; "
            + "entities no longer named or quoted anywhere go too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No article with that id", ref = NewswireApi.NOT_FOUND)
    public void delete(@Parameter(description = "Article id", example = "1") @PathParam("id") long id) {
        if (!articles.delete(id)) {
            throw ApiProblem.notFound("article " + id);
        }
    }
}
