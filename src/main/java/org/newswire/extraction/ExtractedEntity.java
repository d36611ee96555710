package org.newswire.extraction;

import java.util.List;

/** A named entity with every occurrence of its name in the text, in text order. */
public record ExtractedEntity(String name, EntityType type, List<Span> occurrences) {

    /** Distinct surface forms in order of first appearance. */
    public List<String> mentions() {
        return occurrences.stream().map(Span::text).distinct().toList();
    }
}
