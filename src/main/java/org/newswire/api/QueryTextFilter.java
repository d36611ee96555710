package org.newswire.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query parameters are text a person typed: one holding a control character (a NUL, which PostgreSQL
 * refuses outright) or an unpaired surrogate is a 400 naming the parameter, before any query runs.
 */
public class QueryTextFilter {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : param.getValue()) {
                try {
                    InputText.checkLine(param.getKey(), value);
                } catch (ApiProblem e) {
                    return Optional.of(ProblemMapper.respond(400, e.getMessage(), e.errors(), request.getUriInfo()));
                }
            }
        }
        return Optional.empty();
    }
}
