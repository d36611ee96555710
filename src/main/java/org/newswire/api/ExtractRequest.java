package org.newswire.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to analyse without storing it. */
@Schema(name = "ExtractRequest")
public record ExtractRequest(
        @Schema(description = "Article body", example = "\"We never interfered in elections in the United States,\" Kremlin spokesman Dmitry Peskov said.")
        @NotBlank String text,
        @Schema(description = "Headline, used for topic detection", example = "Kremlin says Russia will not meddle in US election")
        @Size(max = 1000) String title) {
}
