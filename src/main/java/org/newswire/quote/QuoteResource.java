package org.newswire.quote;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiExamples;
import org.newswire.api.ApiProblem;
import org.newswire.api.Csv;
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.PageRequest;
import org.newswire.api.Params;
import org.newswire.article.ArticleViews;
import org.newswire.cache.AnswerScope;
import org.newswire.config.NewswireConfig;
import org.newswire.topic.TopicService;

import java.time.format.DateTimeFormatter;
import java.util.List;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Who said what, across all stored articles")
public class QuoteResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final int EXPORT_PAGE = 500;
    private static final List<String> CSV_HEADER = List.of("id", "articleId", "publishedAt", "speaker", "speakerMention",
            "type", "start", "end", "text");

    @Inject
    AnswerScope answerScope;
    @Inject
    QuoteService quotes;
    @Inject
    TopicService topics;
    @Inject
    NewswireConfig config;
    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Search quotes",
            description = "Quotes from stored articles, newest article first and in text order within an article. "
                    + "Filters combine with AND: \"what has Peskov said about sanctions since March?\" is "
                    + "speaker=Peskov&topic=sanctions&from=2024-03-01. format=csv gives the same page as CSV.")
    @APIResponse(responseCode = "200", description = "A page of quotes (JSON), or its rows (CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.QuotePage.class),
                    examples = @ExampleObject(name = "quote-page", value = ApiExamples.QUOTE_PAGE)),
                    @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Bad paging, type, topic, date, format or article value", ref = NewswireApi.BAD_REQUEST)
    public Response list(@BeanParam QuoteQuery query,
            @BeanParam PageParams pageParams,
                         @Parameter(description = "json (default) or csv", example = "csv") @QueryParam("format") String format) {
        PageRequest paging = pageParams.toRequest(config);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw ApiProblem.badField("format", "'" + format + "' is not json or csv");
        }
        QuoteService.QuoteFilter filter = filter(query);
        answerScope.dependsOn(filter::changedBy);
        Page<ArticleViews.QuoteView> result = quotes.list(filter, paging);
        if (!csv) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringBuilder out = new StringBuilder(Csv.row(CSV_HEADER));
        result.items().forEach(q -> out.append(csvRow(q)));
        return Response.ok(out.toString(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"quotes.csv\"").build();
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @Operation(summary = "Export quotes", description = "Every quote matching the filters of GET /api/quotes, one JSON "
            + "object a line (NDJSON), streamed page by page.")
    @APIResponse(responseCode = "200", description = "NDJSON, one quote a line", content = @Content(mediaType = NDJSON))
    @APIResponse(responseCode = "400", description = "Bad filter value", ref = NewswireApi.BAD_REQUEST)
    public Response export(@BeanParam QuoteQuery query) {
        QuoteService.QuoteFilter filter = filter(query); // validated before streaming starts, so errors stay problems
        StreamingOutput body = output -> {
            for (int page = 0; ; page++) {
                Page<ArticleViews.QuoteView> chunk = quotes.list(filter, new PageRequest(page, EXPORT_PAGE));
                for (ArticleViews.QuoteView q : chunk.items()) {
                    output.write(mapper.writeValueAsBytes(q));
                    output.write('\n');
                }
                if ((long) (page + 1) * EXPORT_PAGE >= chunk.total()) {
                    break;
                }
            }
        };
        return Response.ok(body, NDJSON).header("Content-Disposition", "attachment; filename=\"quotes.ndjson\"").build();
    }

    private QuoteService.QuoteFilter filter(QuoteQuery q) {
        return q.toFilter(q.speaker, Params.parse("article", q.article, Long::valueOf), topics);
    }

    private static String csvRow(ArticleViews.QuoteView q) {
        // dates as the JSON answers write them (seconds always: 11:20:00Z, not 11:20Z)
        return Csv.row(List.of(q.id(), q.articleId(), q.publishedAt() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(q.publishedAt()),
                q.speaker() == null ? "" : q.speaker().name(), q.speakerMention() == null ? "" : q.speakerMention(),
                q.type().slug(), q.start(), q.end(), q.text()));
    }

    /** The search and export filters: the shared ones plus speaker and article. */
    public static class QuoteQuery extends QuoteFilters {
        @Parameter(description = "Speaker: canonical name, surname (case-insensitive) or entity id", example = "Peskov")
        @QueryParam("speaker")
        public String speaker;
        @Parameter(description = "Article id", example = "1")
        @QueryParam("article")
        public String article;
    }

}
