package org.newswire.api;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A 400 for several bad fields, sorted by field, the detail listing each as "field: message". */
    public static ApiProblem invalid(List<Problem.FieldError> errors) {
        List<Problem.FieldError> sorted = errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        String detail = sorted.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ApiProblem(400, detail, sorted);
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
