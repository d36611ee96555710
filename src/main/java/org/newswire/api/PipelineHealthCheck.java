package org.newswire.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.newswire.extraction.ExtractionService;

/** Ready once the NLP models answer: a one-sentence extraction must find its quote. */
@Readiness
@ApplicationScoped
public class PipelineHealthCheck implements HealthCheck {

    private static final String PROBE = "\"Talks will continue,\" Sergei Ryabkov said.";

    @Inject
    ExtractionService extraction;

    @Override
    public HealthCheckResponse call() {
        int quotes = extraction.extract("", PROBE).quotes().size();
        return HealthCheckResponse.named("extraction-pipeline").status(quotes == 1).withData("probeQuotes", quotes).build();
    }
}
