package org.newswire.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.ExtractionService;

@Path("/api/extract")
@Tag(name = "Extraction", description = "Quotes, entities and topics of a text, without storing it")
public class ExtractResource {

    @Inject
    ExtractionService extraction;
    @Inject
    NewswireConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract without storing",
            description = "Runs the same pipeline as ingestion and returns quotes (with speaker and character offsets), "
                    + "entities (canonical name, type, surface forms) and topics. Nothing is stored.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExtractRequest.class),
            examples = @ExampleObject(name = "peskov", value = """
                    {"text": "\\"We never interfered in elections in the United States,\\" Kremlin spokesman Dmitry Peskov said."}""")))
    @APIResponse(responseCode = "200", description = "What the pipeline found",
            content = @Content(schema = @Schema(implementation = ExtractResponse.class), examples = @ExampleObject(name = "peskov", value = """
                    {"quotes": [{"text": "We never interfered in elections in the United States", "type": "direct",
                      "speaker": "Dmitry Peskov", "speakerMention": "Kremlin spokesman Dmitry Peskov", "start": 1, "end": 55}],
                     "entities": [{"name": "United States", "type": "LOCATION", "mentions": ["United States"]},
                      {"name": "Kremlin", "type": "ORGANIZATION", "mentions": ["Kremlin"]},
                      {"name": "Dmitry Peskov", "type": "PERSON", "mentions": ["Dmitry Peskov"]}],
                     "topics": ["election-interference"]}""")))
    @APIResponse(responseCode = "400", description = "Empty or oversized text, malformed JSON", ref = NewswireApi.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Extraction stopped at its time budget (newswire.extraction.budget-ms)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many extractions from this client; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ExtractResponse extract(@Valid @NotNull ExtractRequest request, HttpServerRequest http) {
        InputText.check("text", request.text(), config.ingest().maxTextChars());
        // the work stops when the client goes away: nobody would read the answer
        return ExtractResponse.of(extraction.extract(request.title(), request.text(),
                stop -> http.connection().closeHandler(closed -> stop.run())));
    }
}
