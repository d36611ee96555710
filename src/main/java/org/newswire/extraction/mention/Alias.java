package org.newswire.extraction.mention;

import org.newswire.extraction.EntityType;

/** A canonical name with its type, as given by an alias table. */
public record Alias(String name, EntityType type) {
}
