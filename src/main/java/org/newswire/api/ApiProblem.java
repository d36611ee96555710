package org.newswire.api;

import java.util.List;

/** Thrown by services for a request the client must correct; mapped to problem+json. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final List<Problem.FieldError> errors;

    public ApiProblem(int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badField(String field, String message) {
        return new ApiProblem(400, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, what + " not found", List.of());
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
