package org.newswire.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newswire.extraction.ExtractionService;

import java.util.List;
import java.util.stream.Collectors;

/** The one place where exceptions become RFC 7807 problem+json responses. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return respond(e.status(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return apiProblem(ApiProblem.invalid(e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage())).toList()), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return apiProblem(problemOf(e, null), uri);
    }

    /**
     * What is wrong with a JSON body, in plain words and without Java type names, as a 400; {@code where}
     * names the part of a larger body it came from ("line 3"), or is null for the whole body.
     */
    public static ApiProblem problemOf(JsonProcessingException e, String where) {
        boolean syntax = e instanceof StreamReadException || e.getCause() instanceof StreamReadException;
        if (syntax) {
            // the parser's own words, without the source excerpt it appends
            String message = "malformed JSON: " + e.getOriginalMessage().split("\n")[0];
            return where == null ? new ApiProblem(400, "M" + message.substring(1), List.of()) : ApiProblem.badField(where, message);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof UnrecognizedPropertyException ? "unknown field" : expected(m);
            return ApiProblem.badField(where == null ? field : where + " " + field, message);
        }
        return where == null ? new ApiProblem(400, "The request body must be " + expected(e), List.of())
                : ApiProblem.badField(where, "must be " + expected(e));
    }

    /** What the client should have sent, in words rather than Java type names. */
    private static String expected(JsonProcessingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "valid JSON of the documented shape";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Long.class || target == Integer.class || target == long.class || target == int.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        String detail = e.getMessage();
        if (status == 415) {
            // the framework says the header "did not match the value in @Consumes": say what to send
            detail = "Send the body with Content-Type: application/json" + (uri.getPath().endsWith("/batch")
                    ? " (a JSON array) or application/x-ndjson (one article a line)" : "");
        } else if (detail == null || detail.startsWith("HTTP ")) {
            // the framework's bare "HTTP 404 Not Found" says less than the path does
            detail = switch (status) {
                case 404 -> "Nothing at " + uri.getPath() + "; see /q/swagger-ui for the endpoints";
                case 405 -> "This method is not allowed on " + uri.getPath();
                default -> Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
            };
        }
        return respond(status, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response badQuery(org.newswire.search.SearchIndex.BadQuery e, UriInfo uri) {
        return apiProblem(ApiProblem.badField("q", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response stopped(ExtractionService.Stopped e, UriInfo uri) {
        return respond(422, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unavailable(ExtractionService.Unavailable e, UriInfo uri) {
        return respond(503, e.getMessage(), List.of(), uri);
    }

    /** Writes that waited longer than the database's lock timeout (a burst of copies of one story, one speaker's quotes). */
    @ServerExceptionMapper
    public Response busy(jakarta.persistence.LockTimeoutException e, UriInfo uri) {
        LOG.warnf("A write to %s waited too long for a lock: %s", uri.getPath(), e.getMessage());
        return Response.fromResponse(respond(503, "The database is busy with writes to the same rows; retry shortly", List.of(), uri))
                .header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return respond(500, "The server failed to handle the request; the error has been logged.", List.of(), uri);
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "create.input.text" → "text"; a missing body is reported on the body itself
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : "body";
    }

    static Response respond(int status, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Problem problem = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
