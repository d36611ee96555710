package org.newswire.mention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiProblem;
import org.newswire.api.Page;
import org.newswire.api.Params;
import org.newswire.api.PageRequest;
import org.newswire.api.Problem;
import org.newswire.api.ProblemMapper;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.EntityType;

@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "People, organisations and places named in stored articles")
public class EntityResource {

    @Inject
    EntityService entities;
    @Inject
    NewswireConfig config;

    @GET
    @Operation(summary = "List entities",
            description = "Entities with their mention, article and quote counts, most widely named first.")
    @APIResponse(responseCode = "200", description = "A page of entities")
    @APIResponse(responseCode = "400", description = "Bad paging or type value",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Page<EntityService.EntitySummary> list(
            @Parameter(description = "PERSON, ORGANIZATION or LOCATION", example = "PERSON") @QueryParam("type") String type,
            @Parameter(description = "Start of a word of the canonical name (case-insensitive)", example = "pes") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size, config.paging());
        return entities.list(Params.parse("type", type, EntityType::parse), q, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an entity", description = "An entity with its counts and every surface form seen, most frequent first.")
    @APIResponse(responseCode = "200", description = "The entity")
    @APIResponse(responseCode = "404", description = "No entity with that id",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public EntityService.EntityDetail get(@Parameter(description = "Entity id", example = "1") @PathParam("id") long id) {
        return entities.detail(id).orElseThrow(() -> ApiProblem.notFound("entity " + id));
    }
}
