package org.newswire.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service; when the PostgreSQL variant cannot reach its database, the last line it prints
 * says so in plain words, and names the embedded jar that needs no database server, instead of
 * leaving the cause somewhere inside a stack trace.
 */
@QuarkusMain
public class NewswireMain {

    static final String EMBEDDED = "java -jar target/quarkus-app/quarkus-run.jar";

    public static void main(String... args) {
        Quarkus.run(Serve.class, (code, failure) -> {
            if (failure != null && fromPostgres(failure)) {
                System.err.println("Newswire could not start: the PostgreSQL database could not be reached or opened ("
                        + rootCause(failure).getMessage() + "). Start the server, create the database, or point "
                        + "NEWSWIRE_JDBC_URL at one; or run the embedded service, which needs no database server: " + EMBEDDED);
            }
            System.exit(code);
        }, args);
    }

    private static boolean fromPostgres(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.postgresql.")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Serves until the process is told to stop. */
    public static class Serve implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
