package org.newswire.api;

import org.newswire.search.SearchIndex;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Search hits in rank order, kept to the ids the database filters allow, and one page of them:
 * the index decides the order, the database which rows qualify.
 */
public record RankedPage(List<Long> ids, long total) {

    /**
     * With {@code allowed} null (nothing to filter), the ranking holds at least the hits up to the
     * page's end and its total counts all matches; otherwise it holds every hit and the total is
     * what the filter keeps.
     */
    public static RankedPage of(SearchIndex.Ranking ranking, Collection<Long> allowed, PageRequest page) {
        List<Long> ranked = ranking.hits().stream().map(SearchIndex.Hit::id).toList();
        if (allowed == null) {
            return slice(ranked, ranking.total(), page);
        }
        Set<Long> permitted = Set.copyOf(allowed);
        List<Long> kept = ranked.stream().filter(permitted::contains).toList();
        return slice(kept, kept.size(), page);
    }

    private static RankedPage slice(List<Long> ids, long total, PageRequest page) {
        int from = Math.min(page.offset(), ids.size());
        return new RankedPage(ids.subList(from, Math.min(from + page.size(), ids.size())), total);
    }
}
