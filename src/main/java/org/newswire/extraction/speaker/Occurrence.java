package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;
import org.newswire.extraction.Span;

/** One place where an entity is named, with the entity's canonical name and type. */
public record Occurrence(Span span, String name, EntityType type) {
}
