package org.newswire.mention;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiExamples;
import org.newswire.api.ApiProblem;
import org.newswire.api.ETags;
import org.newswire.api.NewswireApi;
import org.newswire.api.Page;
import org.newswire.api.PageParams;
import org.newswire.api.PageRequest;
import org.newswire.api.Params;
import org.newswire.article.ArticleFilter;
import org.newswire.article.ArticleService;
import org.newswire.article.ArticleViews;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.EntityType;

import java.util.List;

@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "People, organisations and places named in stored articles")
public class EntityResource {

    @Inject
    EntityService entities;
    @Inject
    ArticleService articles;
    @Inject
    NewswireConfig config;
    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "List entities",
            description = "Entities with their mention, article and quote counts, most widely named first.")
    @APIResponse(responseCode = "200", description = "A page of entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityService.EntityPage.class),
                    examples = @ExampleObject(name = "entity-page", value = ApiExamples.ENTITY_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad paging or type value", ref = NewswireApi.BAD_REQUEST)
    public Page<EntityService.EntitySummary> list(
            @Parameter(description = "PERSON, ORGANIZATION or LOCATION", example = "PERSON") @QueryParam("type") String type,
            @Parameter(description = "Start of a word of the canonical name (case-insensitive)", example = "pes") @QueryParam("q") String q,
            @BeanParam PageParams pageParams) {
        PageRequest paging = pageParams.toRequest(config);
        return entities.list(Params.parse("type", type, EntityType::parse), q, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an entity", description = "An entity with its counts and every surface form seen, most frequent "
            + "first. Carries an ETag; send it back in If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The entity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityService.EntityDetail.class),
                    examples = @ExampleObject(name = "entity", value = ApiExamples.ENTITY)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No entity with that id", ref = NewswireApi.NOT_FOUND)
    public Response get(@Parameter(description = "Entity id", example = "1") @PathParam("id") long id, @Context Request request) {
        return ETags.ok(request, existing(id), mapper);
    }

    private EntityService.EntityDetail existing(long id) {
        return entities.detail(id).orElseThrow(() -> ApiProblem.notFound("entity " + id));
    }

    @GET
    @Path("/{id}/articles")
    @Operation(summary = "Articles naming an entity", description = "Articles in which the entity is named, newest first.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleViews.SummaryPage.class),
                    examples = @ExampleObject(name = "article-page", value = ApiExamples.ARTICLE_PAGE)))
    @APIResponse(responseCode = "404", description = "No entity with that id", ref = NewswireApi.NOT_FOUND)
    public Page<ArticleViews.Summary> articles(
            @Parameter(description = "Entity id", example = "1") @PathParam("id") long id,
            @BeanParam PageParams pageParams) {
        PageRequest paging = pageParams.toRequest(config);
        existing(id);
        return articles.list(new ArticleFilter(null, String.valueOf(id), null, null, null, null, null), null, paging);
    }

    @GET
    @Path("/{id}/cooccurrences")
    @Operation(summary = "Entities named alongside", description = "The entities most often named in the same articles "
            + "as this one, with the number of articles they share, most shared first.")
    @APIResponse(responseCode = "200", description = "Co-occurring entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EntityService.CoOccurrence.class),
                    examples = @ExampleObject(name = "cooccurrences", value = ApiExamples.COOCCURRENCES)))
    @APIResponse(responseCode = "404", description = "No entity with that id", ref = NewswireApi.NOT_FOUND)
    public List<EntityService.CoOccurrence> cooccurrences(
            @Parameter(description = "Entity id", example = "1") @PathParam("id") long id,
            @Parameter(description = "How many, 1 to the maximum page size", example = "10") @QueryParam("limit") String limit) {
        existing(id);
        return entities.cooccurrences(id, PageRequest.of(null, limit == null ? "10" : limit, config.paging()).size());
    }

    /** Body of a merge request. */
    @Schema(name = "MergeRequest")
    public record MergeRequest(@Schema(description = "Id of the entity to fold into this one", example = "12") @NotNull Long otherId) {
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Merge two entities", description = "For two entities that turn out to be the same (\"Peskov\" and "
            + "\"Dmitry Peskov\"): the other entity's mentions and quotes move to this one and the other is deleted. "
            + "Returns this entity as it is afterwards. Merges and deletes touching the same entities run one after another.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MergeRequest.class),
            examples = @ExampleObject(name = "peskov", value = "{\"otherId\": 12}")))
    @APIResponse(responseCode = "200", description = "The merged entity",
            content = @Content(schema = @Schema(implementation = EntityService.EntityDetail.class), examples = @ExampleObject(name = "peskov", value = """
                    {"id": 7, "name": "Dmitry Peskov", "type": "PERSON", "mentionCount": 31, "articleCount": 12, "quoteCount": 40,
                     "surfaceForms": ["Dmitry Peskov", "Peskov"]}""")))
    @APIResponse(responseCode = "400", description = "Missing otherId, not a whole number, or the entity itself", ref = NewswireApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = "Either id is unknown", ref = NewswireApi.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The two entities are of different types (a person is not a place)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = org.newswire.api.Problem.class)))
    public EntityService.EntityDetail merge(@Parameter(description = "Entity to keep", example = "7") @PathParam("id") long id,
                                            @Valid @NotNull MergeRequest request) {
        return entities.merge(id, request.otherId())
                .orElseThrow(() -> ApiProblem.notFound("entity " + id + " or " + request.otherId()));
    }
}
