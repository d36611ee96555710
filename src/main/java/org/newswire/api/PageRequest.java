package org.newswire.api;

import org.newswire.config.NewswireConfig;

/** A validated page number and size. */
public record PageRequest(int page, int size) {

    /** Parses the raw query values, so "abc" or "1e9" is a 400 naming the parameter rather than a 404. */
    public static PageRequest of(String page, String size, NewswireConfig.Paging limits) {
        Integer parsedPage = Params.parse("page", page, Integer::parseInt);
        Integer parsedSize = Params.parse("size", size, Integer::parseInt);
        int p = parsedPage == null ? 0 : parsedPage;
        int s = parsedSize == null ? limits.defaultSize() : parsedSize;
        if (p < 0) {
            throw ApiProblem.badField("page", "must be 0 or more");
        }
        if (p > 1_000_000) {
            throw ApiProblem.badField("page", "must be at most 1000000");
        }
        if (s < 1 || s > limits.maxSize()) {
            throw ApiProblem.badField("size", "must be between 1 and " + limits.maxSize());
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
