package org.newswire.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web app's pages and files (everything outside /api and /q) are served with a
 * Content-Security-Policy that allows only this origin's scripts and styles and no inline script,
 * so text from an article can never run as code even if it reached the page as markup. Swagger UI
 * under /q needs inline scripts and keeps its own headers.
 */
@ApplicationScoped
public class WebAppHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1000).handler(context -> {
            String path = context.request().path();
            if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                context.response().putHeader("Content-Security-Policy", POLICY).putHeader("X-Content-Type-Options", "nosniff");
            }
            context.next();
        });
    }
}
