package org.newswire.extraction.mention;

import org.newswire.extraction.EntityType;
import org.newswire.extraction.Resources;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Surface form → canonical entity, loaded from a tab-separated resource. Immutable and thread-safe. */
public final class AliasTable {

    private final Map<String, Alias> bySurface;
    /** Surfaces in capitals ("REUTERS" in a dateline or a credit), for names the table has in mixed case. */
    private final Map<String, Alias> byCapitals = new HashMap<>();

    private AliasTable(Map<String, Alias> bySurface) {
        this.bySurface = Collections.unmodifiableMap(bySurface);
        bySurface.forEach((surface, alias) -> byCapitals.putIfAbsent(surface.toUpperCase(Locale.ROOT), alias));
    }

    public static AliasTable load(String resource) {
        Map<String, Alias> map = new LinkedHashMap<>();
        for (String[] row : Resources.rows(resource, 3)) {
            map.put(row[0], new Alias(row[1], EntityType.parse(row[2])));
        }
        return new AliasTable(map);
    }

    public Optional<Alias> lookup(String surface) {
        Alias exact = bySurface.get(surface);
        if (exact == null && surface.length() > 3 && surface.equals(surface.toUpperCase(Locale.ROOT))) {
            return Optional.ofNullable(byCapitals.get(surface));
        }
        return Optional.ofNullable(exact);
    }

    public Map<String, Alias> entries() {
        return bySurface;
    }
}
