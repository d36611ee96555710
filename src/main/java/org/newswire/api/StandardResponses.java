package org.newswire.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Lists on every operation the statuses the service's own filters and mappers may answer, which no
 * resource method declares: 401 and 429 on writes, 413 and 415 on bodies, 422 and 503 where the
 * extraction runs, 500 everywhere. Each is a problem+json response.
 */
public class StandardResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> add(path, method, op)));
    }

    private static void add(String path, PathItem.HttpMethod method, Operation op) {
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && path.startsWith("/api/");
        boolean body = op.getRequestBody() != null;
        boolean extracts = path.equals("/api/extract") || path.startsWith("/api/articles") && method == PathItem.HttpMethod.POST;
        if (write && !path.equals("/api/extract")) {
            put(op, "401", "Writes need the service's API key in X-API-Key (when one is configured)");
        }
        if (write) {
            put(op, "429", "Too many requests from this client this minute; Retry-After says when to try again");
        }
        if (body) {
            put(op, "413", "The body is over the size limit (12 MB)");
            put(op, "415", "The body was sent without Content-Type: application/json");
        }
        if (extracts) {
            put(op, "422", "The extraction stopped at its time budget (the text is too costly to analyse)");
            put(op, "503", "The NLP models failed to load; extraction is unavailable until the service is restarted");
        }
        put(op, "500", "The server failed; the error is logged");
    }

    private static void put(Operation op, String status, String description) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        Map<String, APIResponse> existing = responses.getAPIResponses();
        if (existing == null || !existing.containsKey(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        }
    }
}
