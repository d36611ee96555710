package org.newswire.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 7807 problem document; {@code errors} names each offending field when there are any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 7807 problem details, sent as application/problem+json")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "text: must not be blank") String detail,
        @Schema(example = "/api/articles") String instance,
        List<FieldError> errors) {

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "text") String field, @Schema(example = "must not be blank") String message) {
    }
}
