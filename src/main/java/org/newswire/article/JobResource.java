package org.newswire.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newswire.api.ApiExamples;
import org.newswire.api.ApiProblem;
import org.newswire.api.NewswireApi;

@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Progress of background work such as bulk re-extraction")
public class JobResource {

    @Inject
    ArticleJobs jobs;

    @GET
    @Path("/{id}")
    @Operation(summary = "A job's progress", description = "Status (queued, running, finished), articles done and failed "
            + "out of the total. Jobs are kept in memory until the service restarts.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleJobs.JobView.class),
                    examples = @ExampleObject(name = "job", value = ApiExamples.JOB)))
    @APIResponse(responseCode = "404", description = "No such job", ref = NewswireApi.NOT_FOUND)
    public ArticleJobs.JobView get(@Parameter(description = "Job id from the Location of the request that started it") @PathParam("id") String id) {
        return jobs.get(id).orElseThrow(() -> ApiProblem.notFound("job " + id));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = NewswireApi.API_KEY)
    @Operation(summary = "Cancel a job", description = "A queued or running job stops after the article in hand "
            + "(its status becomes cancelled); a finished job is left as it is. Returns the job.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleJobs.JobView.class),
                    examples = @ExampleObject(name = "job", value = ApiExamples.JOB)))
    @APIResponse(responseCode = "404", description = "No such job", ref = NewswireApi.NOT_FOUND)
    public ArticleJobs.JobView cancel(@Parameter(description = "Job id") @PathParam("id") String id) {
        return jobs.cancel(id).orElseThrow(() -> ApiProblem.notFound("job " + id));
    }
}
