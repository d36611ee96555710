package org.newswire.cache;

import jakarta.enterprise.context.RequestScoped;

/** What the answer to the current request depends on, as the code that computes it declares; by default anything. */
@RequestScoped
public class AnswerScope {

    private Dependency dependency = Dependency.ANY;

    public void dependsOn(Dependency dependency) {
        this.dependency = dependency;
    }

    public Dependency dependency() {
        return dependency;
    }
}
