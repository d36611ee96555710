package org.newswire.quote;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.PageRequest;
import org.newswire.article.ArticleViews;
import org.newswire.cache.AnswerScope;
import org.newswire.config.NewswireConfig;
import org.newswire.mention.NamedEntity;
import org.newswire.topic.TopicService;

@Path("/api/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People and bodies that are quoted")
public class SpeakerResource {

    @Inject
    AnswerScope answerScope;
    @Inject
    SpeakerService speakers;
    @Inject
    QuoteService quotes;
    @Inject
    TopicService topics;
    @Inject
    NewswireConfig config;

    @GET
    @Operation(summary = "List speakers",
            description = "Everyone quoted, with quote and article counts and the first and last publication dates "
                    + "they were quoted on, most quoted first. Topic and dates restrict which quotes count.")
    @APIResponse(responseCode = "200", description = "A page of speakers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerService.SpeakerPage.class),
                    examples = @ExampleObject(name = "speaker-page", value = ApiExamples.SPEAKER_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging, topic, date or distinct value", ref = NewswireApi.BAD_REQUEST)
    public Page<SpeakerService.SpeakerSummary> list(
            @Parameter(description = "Topic slug of the quoting article", example = "sanctions") @QueryParam("topic") String topic,
            @Parameter(description = "Article published on or after (ISO date or date-time)", example = "2024-03-01") @QueryParam("from") String from,
            @Parameter(description = "Article published before the end of (ISO date) or before (date-time)", example = "2024-12-31") @QueryParam("to") String to,
            @Parameter(description = DISTINCT, example = "statements") @QueryParam("distinct") String distinct,
            @BeanParam PageParams pageParams) {
        PageRequest paging = pageParams.toRequest(config);
        return speakers.list(new SpeakerService.SpeakerFilter(topics.checkSlug("topic", topic),
                Dates.parse("from", from), Dates.endOf("to", to), countsStatements(distinct)), paging);
    }

    public static final String DISTINCT = "quotes (default): every quote counts; statements: an utterance carried by several "
            + "outlets counts once";

    /** Whether a distinct parameter asks to count statements, or a 400. */
    public static boolean countsStatements(String distinct) {
        if (distinct == null || distinct.isBlank() || distinct.equals("quotes")) {
            return false;
        }
        if (distinct.equals("statements")) {
            return true;
        }
        throw ApiProblem.badField("distinct", "'" + distinct + "' is not quotes or statements");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A speaker's profile", description = "Quote and article counts, first and last quoted, the topics "
            + "they are quoted on (with quote counts) and the entities most often named alongside them.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerService.SpeakerProfile.class),
                    examples = @ExampleObject(name = "speaker-profile", value = ApiExamples.SPEAKER_PROFILE)))
    @APIResponse(responseCode = "404", description = "No entity with that id", ref = NewswireApi.NOT_FOUND)
    public SpeakerService.SpeakerProfile profile(@Parameter(description = "Entity id of the speaker", example = "7") @PathParam("id") long id) {
        return speakers.profile(id).orElseThrow(() -> ApiProblem.notFound("speaker " + id));
    }

    @GET
    @Path("/{id}/quotes")
    @Operation(summary = "A speaker's quotes", description = "What one speaker said, newest article first, with the same filters as /api/quotes.")
    @APIResponse(responseCode = "200", description = "A page of quotes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.QuotePage.class),
                    examples = @ExampleObject(name = "quote-page", value = ApiExamples.QUOTE_PAGE)))
    @APIResponse(responseCode = "404", description = "No entity with that id", ref = NewswireApi.NOT_FOUND)
    public Page<ArticleViews.QuoteView> quotes(
            @Parameter(description = "Entity id of the speaker", example = "7") @PathParam("id") long id,
            @BeanParam QuoteFilters filters,
            @BeanParam PageParams pageParams) {
        PageRequest paging = pageParams.toRequest(config);
        if (NamedEntity.findById(id) == null) {
            throw ApiProblem.notFound("speaker " + id);
        }
        QuoteService.QuoteFilter filter = filters.toFilter(String.valueOf(id), null, topics);
        answerScope.dependsOn(filter::changedBy);
        return quotes.list(filter, paging);
    }
}
