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
        return top(kept, kept.size(), page);
    }

    /** With nothing to filter: the index's top hits (at least up to the page's end) and its count of all matches. */
    public static RankedPage top(List<Long> ranked, long total, PageRequest page) {
        int from = Math.min(page.offset(), ranked.size());
        return new RankedPage(ranked.subList(from, Math.min(from + page.size(), ranked.size())), total);
    }
}
