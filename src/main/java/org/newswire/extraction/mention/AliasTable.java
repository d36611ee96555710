package org.newswire.extraction.mention;

import org.newswire.extraction.EntityType;
import org.newswire.extraction.Resources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Surface form → canonical entity, loaded from a tab-separated resource. Immutable and thread-safe. */
public final class AliasTable {

    private final Map<String, Alias> bySurface;

    private AliasTable(Map<String, Alias> bySurface) {
        this.bySurface = Collections.unmodifiableMap(bySurface);
    }

    public static AliasTable load(String resource) {
        Map<String, Alias> map = new LinkedHashMap<>();
        for (String[] row : Resources.rows(resource, 3)) {
            map.put(row[0], new Alias(row[1], EntityType.parse(row[2])));
        }
        return new AliasTable(map);
    }

    public Optional<Alias> lookup(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    public Map<String, Alias> entries() {
        return bySurface;
    }
}
