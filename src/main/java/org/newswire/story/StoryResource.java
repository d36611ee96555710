package org.newswire.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiExamples;
import org.newswire.api.ApiProblem;
import org.newswire.api.Dates;
import org.newswire.api.ETags;
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.Params;
import org.newswire.config.NewswireConfig;

@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "An article and its copies: the same story as published by several outlets")
public class StoryResource {

    @Inject
    StoryService stories;
    @Inject
    NewswireConfig config;
    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "List stories",
            description = "Stories, newest first unless sorted otherwise. On ingest an article joins the story of the stored "
                    + "article it is a copy of: at least half of the word triples of the shorter of the two are in the other "
                    + "(wire copy republished, trimmed, re-headlined or lightly edited); independent reports of one event "
                    + "stay apart. By default only stories carried more than once are listed.")
    @APIResponse(responseCode = "200", description = "A page of stories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.StoryPage.class),
                    examples = @ExampleObject(name = "story-page", value = ApiExamples.STORY_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging, sort, date or minArticles value", ref = NewswireApi.BAD_REQUEST)
    public Page<StoryViews.StorySummary> list(
            @Parameter(description = "Only stories of at least this many articles (1 lists every article's story)", example = "2")
            @QueryParam("minArticles") String minArticles,
            @Parameter(description = "Only stories one of whose articles has this source (case-insensitive)", example = "Reuters")
            @QueryParam("source") String source,
            @Parameter(description = "First published on or after (ISO date or date-time)", example = "2024-03-01") @QueryParam("from") String from,
            @Parameter(description = "First published before the end of (ISO date) or before (date-time)", example = "2024-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "-firstSeen (default), firstSeen, -lastSeen, -articles or -sources", example = "-articles")
            @QueryParam("sort") String sort,
            @BeanParam PageParams pageParams) {
        Integer min = Params.atLeastOne("minArticles", minArticles);
        return stories.list(new StoryService.StoryFilter(min == null ? 2 : min, source, Dates.parse("from", from), Dates.endOf("to", to)),
                sort, pageParams.toRequest(config));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a story", description = "A story with its articles, earliest first. Carries an ETag; send it "
            + "back in If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.StoryDetail.class),
                    examples = @ExampleObject(name = "story", value = ApiExamples.STORY)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No story with that id", ref = NewswireApi.NOT_FOUND)
    public Response get(@Parameter(description = "Story id", example = "1") @PathParam("id") long id, @Context Request request) {
        return ETags.ok(request, stories.detail(id).orElseThrow(() -> ApiProblem.notFound("story " + id)), mapper);
    }
}
