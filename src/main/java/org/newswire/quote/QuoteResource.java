package org.newswire.quote;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.Dates;
import org.newswire.api.Page;
import org.newswire.api.Params;
import org.newswire.api.PageRequest;
import org.newswire.api.Problem;
import org.newswire.api.ProblemMapper;
import org.newswire.article.ArticleViews;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.QuoteType;
import org.newswire.topic.TopicService;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Who said what, across all stored articles")
public class QuoteResource {

    @Inject
    QuoteService quotes;
    @Inject
    TopicService topics;
    @Inject
    NewswireConfig config;

    @GET
    @Operation(summary = "Search quotes",
            description = "Quotes from stored articles, newest article first and in text order within an article. "
                    + "Filters combine with AND: \"what has Peskov said about sanctions since March?\" is "
                    + "speaker=Peskov&topic=sanctions&from=2024-03-01.")
    @APIResponse(responseCode = "200", description = "A page of quotes")
    @APIResponse(responseCode = "400", description = "Bad paging, type, topic or article value",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Page<ArticleViews.QuoteView> list(
            @Parameter(description = "Speaker: canonical name, surname (case-insensitive) or entity id", example = "Peskov") @QueryParam("speaker") String speaker,
            @Parameter(description = "Topic slug of the quote's article", example = "sanctions") @QueryParam("topic") String topic,
            @Parameter(description = "direct, indirect or mixed", example = "direct") @QueryParam("type") String type,
            @Parameter(description = "Article id", example = "1") @QueryParam("article") String article,
            @Parameter(description = "Words that must appear in the quote", example = "election") @QueryParam("q") String q,
            @Parameter(description = "Article published on or after (ISO date or date-time)", example = "2024-03-01") @QueryParam("from") String from,
            @Parameter(description = "Article published before the end of (ISO date) or before (date-time)", example = "2024-12-31") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size, config.paging());
        QuoteService.QuoteFilter filter = new QuoteService.QuoteFilter(speaker, topics.checkSlug("topic", topic),
                Params.parse("type", type, QuoteType::fromSlug), Params.parse("article", article, Long::valueOf), q,
                Dates.parse("from", from), Dates.endOf("to", to));
        return quotes.list(filter, paging);
    }
}
