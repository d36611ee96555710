package org.newswire.article;

import org.newswire.extraction.QuoteType;
import org.newswire.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article as its write stored it, taken from the write rather than read back: the search index
 * indexes its entries, and the read cache checks its stored answers against it.
 *
 * @param entities the ids and canonical names of the entities it mentions
 * @param topics   slugs of the topics assigned to it (and so to each of its quotes)
 * @param regroupedOthers whether storing it moved other articles to another story (it bridged two):
 *                 then answers about those articles changed too
 */
public record StoredArticle(SearchIndex.Entry entry, String source, OffsetDateTime publishedAt, Set<String> topics,
                            Map<Long, String> entities, List<Said> quotes, boolean regroupedOthers) {

    /** One of its quotes; {@code speakerId} and {@code speakerName} are null when nobody was found. */
    public record Said(SearchIndex.Entry entry, Long speakerId, String speakerName, QuoteType type) {
    }

    public StoredArticle withOthersRegrouped() {
        return new StoredArticle(entry, source, publishedAt, topics, entities, quotes, true);
    }

    public long id() {
        return entry.id();
    }

    /** The article's entry, then its quotes'. */
    public List<SearchIndex.Entry> entries() {
        List<SearchIndex.Entry> out = new ArrayList<>(1 + quotes.size());
        out.add(entry);
        quotes.forEach(q -> out.add(q.entry()));
        return out;
    }
}
