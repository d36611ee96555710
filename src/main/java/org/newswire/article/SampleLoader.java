package org.newswire.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.ExtractionService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Ingests the bundled sample articles on first start when {@code newswire.samples.load-on-start} is set. */
@ApplicationScoped
public class SampleLoader {

    /** The samples shipped under {@code src/main/resources/samples/}. */
    public static final List<String> SAMPLES = List.of("kremlin-election-2024.json", "ryabkov-new-start-midterms.json",
            "peskov-sanctions-2024.json");

    private static final Logger LOG = Logger.getLogger(SampleLoader.class);

    @Inject
    ArticleService articles;
    @Inject
    NewswireConfig config;
    @Inject
    ObjectMapper mapper;

    void onStart(@Observes @Priority(ExtractionService.LOAD_ORDER + 1) StartupEvent event) {
        if (config.samples().loadOnStart() && articles.count() == 0) {
            for (String name : SAMPLES) {
                ArticleService.Outcome outcome = articles.ingest(read(name));
                LOG.infof("Loaded sample %s as article %d", name, outcome.article().id);
            }
        }
    }

    public ArticleInput read(String name) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return mapper.readValue(in, ArticleInput.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
