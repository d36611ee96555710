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
import org.newswire.extraction.QuoteType;
import org.newswire.quote.QuoteFilters;
import org.newswire.topic.TopicService;

@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "What was said once, however many outlets carried it: a speaker's quotes of one utterance grouped")
public class StatementResource {

    @Inject
    StatementService statements;
    @Inject
    TopicService topics;
    @Inject
    NewswireConfig config;
    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "List statements",
            description = "Statements, newest first unless sorted otherwise. A statement is one utterance of one speaker: the "
                    + "quotes of the same speaker whose words are the same or nearly (a trimmed or re-punctuated copy) in any "
                    + "number of articles are its occurrences. Filters as for GET /api/quotes; the dates bound its first "
                    + "occurrence. \"Which Peskov remarks on sanctions were carried most widely?\" is "
                    + "speaker=Peskov&topic=sanctions&sort=-outlets.")
    @APIResponse(responseCode = "200", description = "A page of statements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.StatementPage.class),
                    examples = @ExampleObject(name = "statement-page", value = ApiExamples.STATEMENT_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging, sort, type, topic, date or minOutlets value", ref = NewswireApi.BAD_REQUEST)
    public Page<StoryViews.StatementSummary> list(@BeanParam StatementQuery query, @BeanParam PageParams pageParams) {
        Integer minOutlets = Params.atLeastOne("minOutlets", query.minOutlets);
        return statements.list(new StatementService.StatementFilter(query.speaker, topics.checkSlug("topic", query.topic),
                        Dates.parse("from", query.from), Dates.endOf("to", query.to), Params.parse("type", query.type, QuoteType::fromSlug),
                        query.q, minOutlets), query.sort, pageParams.toRequest(config));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a statement", description = "A statement with every occurrence: the quote, its article, source, "
            + "date and span, earliest first. Carries an ETag; send it back in If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.StatementDetail.class),
                    examples = @ExampleObject(name = "statement", value = ApiExamples.STATEMENT)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No statement with that id", ref = NewswireApi.NOT_FOUND)
    public Response get(@Parameter(description = "Statement id", example = "1") @PathParam("id") long id, @Context Request request) {
        return ETags.ok(request, statements.detail(id).orElseThrow(() -> ApiProblem.notFound("statement " + id)), mapper);
    }

    /** The quote filters, plus the speaker, a floor on outlets and the order. */
    public static class StatementQuery extends QuoteFilters {
        @Parameter(description = "Speaker: canonical name, surname (case-insensitive) or entity id", example = "Peskov")
        @QueryParam("speaker")
        public String speaker;
        @Parameter(description = "Only statements carried by at least this many distinct sources", example = "2")
        @QueryParam("minOutlets")
        public String minOutlets;
        @Parameter(description = "-firstSeen (default), firstSeen, -outlets or -occurrences", example = "-outlets")
        @QueryParam("sort")
        public String sort;
    }
}
