package org.newswire.quote;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newswire.api.Dates;
import org.newswire.api.Params;
import org.newswire.extraction.QuoteType;
import org.newswire.topic.TopicService;

/** The quote filters shared by /api/quotes, its export and a speaker's quotes; parsing names the bad parameter. */
public class QuoteFilters {

    @Parameter(description = "Topic slug of the quote's article", example = "sanctions")
    @QueryParam("topic")
    public String topic;
    @Parameter(description = "direct, indirect or mixed", example = "direct")
    @QueryParam("type")
    public String type;
    @Parameter(description = "Words that must appear in the quote", example = "election")
    @QueryParam("q")
    public String q;
    @Parameter(description = "Article published on or after (ISO date or date-time)", example = "2024-03-01")
    @QueryParam("from")
    public String from;
    @Parameter(description = "Article published before the end of (ISO date) or before (date-time)", example = "2024-12-31")
    @QueryParam("to")
    public String to;

    public QuoteService.QuoteFilter toFilter(String speaker, Long article, TopicService topics) {
        return new QuoteService.QuoteFilter(speaker, topics.checkSlug("topic", topic),
                Params.parse("type", type, QuoteType::fromSlug), article, q, Dates.parse("from", from), Dates.endOf("to", to));
    }
}
