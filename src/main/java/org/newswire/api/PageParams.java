package org.newswire.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newswire.config.NewswireConfig;

/** The page and size query parameters every list endpoint takes. */
public class PageParams {

    @Parameter(description = "Page number, from 0", example = "0")
    @QueryParam("page")
    public String page;

    @Parameter(description = "Page size, 1 to the configured maximum (100 by default)", example = "20")
    @QueryParam("size")
    public String size;

    public PageRequest toRequest(NewswireConfig config) {
        return PageRequest.of(page, size, config.paging());
    }
}
