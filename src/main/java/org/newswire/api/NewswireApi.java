package org.newswire.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** API-wide OpenAPI definitions: the problem responses every resource refers to by name. */
@OpenAPIDefinition(
        info = @Info(title = "Newswire Quotes API", version = "1.0.0",
                description = "Who said what in English news: quotes with speakers, named entities and topics."),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = NewswireApi.API_KEY, type = SecuritySchemeType.APIKEY,
                        in = SecuritySchemeIn.HEADER, apiKeyName = ApiKeyFilter.HEADER,
                        description = "Needed for writes when the service is configured with newswire.api-key"),
                responses = {
                @APIResponse(name = NewswireApi.BAD_REQUEST, responseCode = "400",
                        description = "A parameter or the body is invalid; the problem names the field",
                        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = NewswireApi.NOT_FOUND, responseCode = "404",
                        description = "No such resource",
                        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))}))
public class NewswireApi extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String API_KEY = "apiKey";
}
