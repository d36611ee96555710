package org.newswire.cache;

import org.newswire.article.StoredArticle;
import org.newswire.search.SearchIndex;

/** An article a write has just added, and a way to tell which full-text queries match its entries. */
public record Addition(StoredArticle article, SearchIndex.Probe probe) {

    /** Whether a query matches one of its entries; no query matches everything. */
    public boolean matches(String query, SearchIndex.Entry entry) {
        return query == null || query.isBlank() || probe.matches(query, entry);
    }
}
