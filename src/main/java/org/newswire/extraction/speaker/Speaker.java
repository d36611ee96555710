package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;
import org.newswire.extraction.Span;

/**
 * Who a quote is attributed to: canonical name (null when no one is named), the phrase used, and
 * the sieve that decided it (null when none did), for error analysis.
 */
public record Speaker(String name, EntityType type, Span mention, String sieve) {

    public Speaker(String name, EntityType type, Span mention) {
        this(name, type, mention, null);
    }

    Speaker by(String sieveName) {
        return new Speaker(name, type, mention, sieveName);
    }

    public static Speaker unnamed(Span mention) {
        return new Speaker(null, null, mention);
    }
}
