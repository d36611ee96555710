package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;
import org.newswire.extraction.Span;

/** Who a quote is attributed to: canonical name (null when no one is named) and the phrase used. */
public record Speaker(String name, EntityType type, Span mention) {

    public static Speaker unnamed(Span mention) {
        return new Speaker(null, null, mention);
    }
}
