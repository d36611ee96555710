package org.newswire.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.newswire.extraction.ExtractionService;

/**
 * Up while the NLP models load (reads are served meanwhile and an extraction waits for them), then up
 * only while a one-sentence extraction finds its quote; down if the models failed to load.
 */
@Readiness
@ApplicationScoped
public class PipelineHealthCheck implements HealthCheck {

    private static final String PROBE = "\"Talks will continue,\" Sergei Ryabkov said.";

    @Inject
    ExtractionService extraction;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("extraction-pipeline");
        try {
            if (!extraction.loaded()) {
                return check.up().withData("models", "loading").build();
            }
            int quotes = extraction.extract("", PROBE).quotes().size();
            return check.status(quotes == 1).withData("models", "loaded").withData("probeQuotes", quotes).build();
        } catch (ExtractionService.Unavailable e) {
            return check.down().withData("models", "failed").withData("error", e.getMessage()).build();
        }
    }
}
