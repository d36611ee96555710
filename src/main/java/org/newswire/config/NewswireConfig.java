package org.newswire.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The service's own settings, under {@code newswire.*}. */
@ConfigMapping(prefix = "newswire")
public interface NewswireConfig {

    Ingest ingest();

    Paging paging();

    Samples samples();

    /** When set, writes (POST, PUT, PATCH, DELETE under /api, except /api/extract) need it in X-API-Key. */
    Optional<String> apiKey();

    /** Writes one client (the holder of the API key, else its address) may make per minute; 0 turns the limit off. */
    @WithDefault("600")
    int writesPerMinute();

    /** Calls of /api/extract one client (the holder of the API key, else its address) may make per minute; 0 is no limit. */
    @WithDefault("120")
    int extractsPerMinute();

    Db db();

    Extraction extraction();

    interface Extraction {
        /** Longest one extraction may take before it stops with a 422, in milliseconds. */
        @WithDefault("10000")
        long budgetMs();
    }

    Search search();

    Grouping grouping();

    interface Grouping {
        /** Group copies of an article into stories and a speaker's repeated quotes into statements on ingest. */
        @WithDefault("true")
        boolean enabled();
    }

    ReadCache readCache();

    Topics topics();

    interface Topics {
        /** Most topics that may be defined, built-ins included: each one is matched against every article. */
        @WithDefault("100")
        int max();
    }

    interface Ingest {
        /**
         * Longest article text accepted, in characters. News articles are a few thousand; the bound keeps
         * even a text of nothing but punctuation (one token a character) inside the extraction budget.
         */
        @WithDefault("100000")
        int maxTextChars();

        /** Most articles one batch request may carry. */
        @WithDefault("100")
        int batchMaxItems();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }

    interface Db {
        /** H2 database file, without the .mv.db ending; used by quarkus.datasource.jdbc.url. */
        @WithDefault("./data/newswire")
        String path();
    }

    interface Search {
        /** Folder of the Lucene index; "memory" keeps it in memory (tests). */
        String indexPath();
    }

    interface Samples {
        /** Ingest the bundled sample articles at start-up when the database has no articles. */
        @WithDefault("false")
        boolean loadOnStart();
    }

    interface ReadCache {
        /** How many bytes of read answers are kept in memory; 0 turns the cache off. */
        @WithDefault("67108864")
        long maxBytes();

        /**
         * The freshness bound: while one request recomputes an answer a write has changed, others get
         * the previous answer if that write is at most this old; 0 makes them wait for the new one.
         */
        @WithDefault("1s")
        Duration staleFor();

        /**
         * Even the first request for a stale answer gets it (within the bound) while the answer is
         * recomputed in the background: no reader waits on the database, but a client may not see
         * its own write for up to the bound.
         */
        @WithDefault("false")
        boolean background();
    }
}
