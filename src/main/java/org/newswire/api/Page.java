package org.newswire.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a longer result; pages count from 0. */
@Schema(description = "A page of results: items, the page number (from 0), the page size and the total count")
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The requested page of a result with nothing in it. */
    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.size(), 0);
    }

    /**
     * The paging fields of a page schema named for one item type: a response that shows an example
     * must name its schema, and an annotation cannot name a generic record's.
     */
    public abstract static class Fields {
        public int page;
        public int size;
        public long total;
    }
}
