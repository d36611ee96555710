package org.newswire.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Search hits in rank order, kept to the ids the database filters allow, and one page of them:
 * the index decides the order, the database which rows qualify.
 */
public record RankedPage(List<Long> ids, long total) {

    public static RankedPage of(Collection<Long> ranked, Collection<Long> allowed, PageRequest page) {
        Set<Long> permitted = Set.copyOf(allowed);
        List<Long> kept = ranked.stream().filter(permitted::contains).toList();
        int from = Math.min(page.offset(), kept.size());
        return new RankedPage(kept.subList(from, Math.min(from + page.size(), kept.size())), kept.size());
    }
}
