package org.newswire.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.Extraction;
import org.newswire.extraction.QuoteType;

import java.util.List;

/** The evaluation contract of shared/EVAL.md: exactly these fields. */
@Schema(name = "ExtractResponse")
public record ExtractResponse(List<QuoteItem> quotes, List<EntityItem> entities, @Schema(example = "[\"sanctions\"]") List<String> topics) {

    @Schema(name = "ExtractedQuote")
    public record QuoteItem(
            @Schema(example = "We never interfered in elections in the United States") String text,
            @Schema(example = "direct") QuoteType type,
            @Schema(example = "Dmitry Peskov", nullable = true) String speaker,
            @Schema(example = "Kremlin spokesman Dmitry Peskov", nullable = true) String speakerMention,
            @Schema(example = "1") int start,
            @Schema(example = "54") int end) {
    }

    @Schema(name = "ExtractedEntity")
    public record EntityItem(
            @Schema(example = "United States") String name,
            @Schema(example = "LOCATION") EntityType type,
            @Schema(example = "[\"United States\", \"US\"]") List<String> mentions) {
    }

    public static ExtractResponse of(Extraction extraction) {
        return new ExtractResponse(
                extraction.quotes().stream().map(ExtractResponse::quote).toList(),
                extraction.entities().stream().map(e -> new EntityItem(e.name(), e.type(), e.mentions())).toList(),
                extraction.assignedTopics());
    }

    private static QuoteItem quote(ExtractedQuote q) {
        return new QuoteItem(q.span().text(), q.type(), q.speaker(),
                q.speakerMention() == null ? null : q.speakerMention().text(), q.span().start(), q.span().end());
    }
}
