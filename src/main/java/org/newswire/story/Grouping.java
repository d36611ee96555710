package org.newswire.story;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.QuoteType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts a stored article into the story of its copies and each of its quotes into the statement it is
 * an occurrence of, inside the transaction that stores, re-extracts, deletes or merges; candidates come
 * from the band and quote-key indexes, never from all pairs.
 *
 * <p>Concurrency: two copies stored at once (in one instance or two on one database) must see each
 * other. Each grouping transaction first locks, in slot order, the lock slots of its article's bands
 * and of its speakers, so two writes whose articles or speakers could meet take turns, and the second
 * reads the first's rows once they are committed (read committed: each statement reads the latest
 * committed data). Story and statement rows are then locked in id order to recompute their counts.
 * The order of locks is always: article row, slots, entity rows, statement rows, story row.
 */
@ApplicationScoped
public class Grouping {

    /** Lock slot rows (V7); with 64 band slots an article, two unrelated writes share one 6% of the time. */
    public static final int SLOTS = 65_536;
    /** Most stored articles compared in full with a new one: those sharing the most bands. */
    private static final int STORY_CANDIDATES = 10;
    /** Articles read from each band's index entry, the newest: copies of a story are mostly recent. */
    private static final int BAND_ROWS = 50;
    /** Most stored quotes compared with a new one. */
    private static final int STATEMENT_CANDIDATES = 200;

    @Inject
    NewswireConfig config;
    @Inject
    MeterRegistry meters;

    /** One quote to place: its id, speaker and text. */
    public record Said(long quoteId, long speakerId, String text) {
    }

    public boolean enabled() {
        return config.grouping().enabled();
    }

    /** The article's band keys, or none when grouping is off; computed outside the transaction. */
    public long[] bands(String text) {
        return enabled() ? Fingerprints.bands(text) : new long[0];
    }

    /** Locks the slots of these bands and speakers; call first in the transaction, before any row is written. */
    public void lock(long[] bands, Collection<Long> speakerIds) {
        if (!enabled()) {
            return;
        }
        SortedSet<Integer> slots = new TreeSet<>();
        for (long band : bands) {
            slots.add((int) Math.floorMod(band, (long) SLOTS));
        }
        // speaker ids are spread over the slots by a multiplicative hash, so they rarely take a band's slot
        speakerIds.forEach(id -> slots.add((int) Math.floorMod(id * 0x9E3779B97F4A7C15L, (long) SLOTS)));
        if (!slots.isEmpty()) {
            em().createNativeQuery("SELECT slot FROM grouping_lock WHERE slot IN (:slots) ORDER BY slot FOR UPDATE")
                    .setParameter("slots", List.copyOf(slots)).getResultList();
        }
    }

    /** A new article as its story and statements count it: when it came out (else was stored), where, under what title. */
    public record Arrival(long articleId, OffsetDateTime seen, String source, String title) {
    }

    /**
     * Groups a newly stored article and its quotes with a speaker (in text order); call after
     * {@link #lock} in the transaction that stored them. True when it bridged stories, so other
     * articles moved to its story.
     */
    public boolean added(Arrival arrival, String text, long[] bands, List<Said> quotes) {
        if (!enabled()) {
            return false;
        }
        return Timer.builder("newswire.grouping").description("Placing a new article in its story and its quotes in statements")
                .register(meters).record(() -> {
                    placeQuotes(quotes).forEach((statement, placed) -> countOccurrences(statement, placed, arrival));
                    List<Long> copied = copiedStories(arrival.articleId(), text, bands);
                    long story = copied.isEmpty() ? newStory() : join(copied);
                    em().createNativeQuery("UPDATE article SET story_id = ?1 WHERE id = ?2").setParameter(1, story)
                            .setParameter(2, arrival.articleId()).executeUpdate();
                    countArticle(story, arrival);
                    return copied.size() > 1;
                });
    }

    /** Groups a re-extracted article's new quotes with a speaker and recounts the statements its old quotes left. */
    public void reextracted(Set<Long> oldStatements, List<Said> quotes) {
        if (!enabled()) {
            return;
        }
        SortedSet<Long> touched = new TreeSet<>(oldStatements);
        touched.addAll(placeQuotes(quotes).keySet());
        refreshStatements(touched);
    }

    /** The statements an article's quotes belong to: read before its quotes are deleted, recounted after. */
    public Set<Long> statementsOf(long articleId) {
        return new TreeSet<>(em().createQuery("select distinct q.statementId from Quote q where q.article.id = :id and q.statementId is not null",
                Long.class).setParameter("id", articleId).getResultList());
    }

    /** Recounts what a deleted article belonged to; its bands and quote keys went with it (cascade). */
    public void deleted(Set<Long> statements, Long storyId) {
        refreshStatements(statements);
        if (storyId != null) {
            refreshStory(storyId);
        }
    }

    /**
     * After an entity merge moved {@code moved} (the quotes of the entity that went) to {@code keepId}:
     * each finds its statement among the kept entity's, as a new quote would.
     */
    public void merged(long keepId, List<Long> moved) {
        if (!enabled() || moved.isEmpty()) {
            return;
        }
        em().createNativeQuery("UPDATE quote SET statement_id = NULL WHERE id IN (:ids)").setParameter("ids", moved).executeUpdate();
        List<Said> quotes = new ArrayList<>();
        em().createQuery("select q.id, q.text from Quote q where q.id in :ids order by q.id", Object[].class)
                .setParameter("ids", moved).getResultList()
                .forEach(r -> quotes.add(new Said((Long) r[0], keepId, (String) r[1])));
        // their keys are written again as they are placed
        em().createNativeQuery("DELETE FROM quote_key WHERE quote_id IN (:ids)").setParameter("ids", moved).executeUpdate();
        refreshStatements(placeQuotes(quotes).keySet());
    }

    /**
     * Each quote joins the statement of the first indexed quote of its speaker that says the same, else
     * starts one; quotes placed earlier in the list are candidates for later ones (a lead repeated).
     */
    private SortedMap<Long, List<Long>> placeQuotes(List<Said> quotes) {
        SortedMap<Long, List<Long>> placed = new TreeMap<>();
        for (Said q : quotes) {
            List<String> words = Fingerprints.words(q.text());
            long[] keys = Fingerprints.quoteKeys(words);
            if (keys.length == 0) {
                continue;
            }
            Long statement = matchingStatement(q, words, keys);
            if (statement == null) {
                Statement created = new Statement();
                created.speakerId = q.speakerId();
                created.persist();
                statement = created.id;
            }
            em().createNativeQuery("UPDATE quote SET statement_id = ?1 WHERE id = ?2")
                    .setParameter(1, statement).setParameter(2, q.quoteId()).executeUpdate();
            insertRows("quote_key (key_hash, quote_id)", boxed(keys), q.quoteId());
            placed.computeIfAbsent(statement, k -> new ArrayList<>()).add(q.quoteId());
        }
        return placed;
    }

    private Long matchingStatement(Said q, List<String> words, long[] keys) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT q.statement_id, q.text FROM quote_key k JOIN quote q ON q.id = k.quote_id"
                        + " WHERE k.key_hash IN (:keys) AND q.speaker_id = :speaker AND q.statement_id IS NOT NULL")
                .setParameter("keys", boxed(keys)).setParameter("speaker", q.speakerId()).setMaxResults(STATEMENT_CANDIDATES).getResultList();
        return Fingerprints.statementSaying(words, rows.stream().map(r -> new Fingerprints.Candidate(((Number) r[0]).longValue(), (String) r[1])).toList());
    }

    /**
     * The stories the article is a copy of ({@link Fingerprints#copiedStories}); candidates are the
     * articles sharing most bands among the newest {@value #BAND_ROWS} of each band, so a band that
     * many articles share costs no more than a rare one. Its bands are then indexed.
     */
    private List<Long> copiedStories(long articleId, String text, long[] bands) {
        if (bands.length == 0) {
            return List.of();
        }
        List<Long> distinct = List.copyOf(new TreeSet<>(boxed(bands)));
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < distinct.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT article_id FROM article_band WHERE band = ?").append(i + 1)
                    .append(" ORDER BY article_id DESC LIMIT ").append(BAND_ROWS).append(')');
        }
        var query = em().createNativeQuery(sql.toString());
        for (int i = 0; i < distinct.size(); i++) {
            query.setParameter(i + 1, distinct.get(i));
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (Object id : query.getResultList()) {
            shared.merge(((Number) id).longValue(), 1, Integer::sum);
        }
        shared.remove(articleId);
        List<Long> ids = shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(STORY_CANDIDATES).map(Map.Entry::getKey).toList();
        List<Long> copied = ids.isEmpty() ? List.of() : Fingerprints.copiedStories(text, em().createQuery(
                        "select a.storyId, a.text from Article a where a.id in :ids and a.storyId is not null", Object[].class)
                .setParameter("ids", ids).getResultList().stream().map(r -> new Fingerprints.Candidate((Long) r[0], (String) r[1])).toList());
        insertRows("article_band (band, article_id)", distinct, articleId);
        return copied;
    }

    private long newStory() {
        Story created = new Story();
        created.persist();
        return created.id;
    }

    /**
     * Folds the stories a copy bridges into the largest of them (so an article moves to a larger story
     * each time, and few times in all) and returns it. The article rows move before any story row is
     * locked, as a delete locks an article before its story; the counts are then added up from what
     * moved, without reading the kept story's articles.
     */
    private long join(List<Long> stories) {
        if (stories.size() == 1) {
            return stories.get(0);
        }
        List<Object[]> sizes = em().createQuery("select s.id, s.articleCount from Story s where s.id in :ids", Object[].class)
                .setParameter("ids", stories).getResultList();
        long kept = sizes.stream().max(Comparator.comparing((Object[] r) -> (Integer) r[1]).thenComparing(r -> -(Long) r[0]))
                .map(r -> (Long) r[0]).orElse(stories.get(0));
        List<Long> folded = stories.stream().filter(id -> id != kept).sorted().toList();
        // a source of the folded stories is new to the kept one unless one of its articles has it already
        long newSources = 0;
        for (Object[] r : em().createQuery("select a.source, count(a) from Article a where a.storyId in :folded group by a.source",
                Object[].class).setParameter("folded", folded).getResultList()) {
            boolean known = r[0] != null && !em().createQuery("select a.id from Article a where a.storyId = :kept and a.source = :source",
                    Long.class).setParameter("kept", kept).setParameter("source", r[0]).setMaxResults(1).getResultList().isEmpty();
            newSources += r[0] == null ? (Long) r[1] : known ? 0 : 1;
        }
        em().createNativeQuery("UPDATE article SET story_id = :kept WHERE story_id IN (:folded)")
                .setParameter("kept", kept).setParameter("folded", folded).executeUpdate();
        Map<Long, Story> locked = new HashMap<>();
        for (long id : new TreeSet<>(stories)) {
            locked.put(id, lockStory(id));
        }
        Story into = locked.get(kept);
        into.sourceCount += (int) newSources;
        for (long id : folded) {
            Story other = locked.get(id);
            into.articleCount += other.articleCount;
            if (into.widen(other.firstSeen, other.lastSeen)) {
                into.leadArticleId = other.leadArticleId;
                into.title = other.title;
            }
            other.delete();
        }
        return kept;
    }

    /** The story row, locked; a story another writer folded away meanwhile fails the write, which is retried. */
    private Story lockStory(long id) {
        Story s = em().find(Story.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new IllegalStateException("story " + id + " was joined to another meanwhile");
        }
        return s;
    }

    /**
     * Counts a new article's quotes into their statement without reading its other occurrences (a
     * statement carried by thousands of articles costs no more than a new one): one outlet more
     * unless another article of the same source carries it.
     */
    private void countOccurrences(long id, List<Long> quotes, Arrival a) {
        Statement s = em().find(Statement.class, id, LockModeType.PESSIMISTIC_WRITE);
        boolean known = a.source() != null && !em().createQuery("select q.id from Quote q where q.statementId = :id"
                        + " and q.article.id <> :article and q.article.source = :source", Long.class)
                .setParameter("id", id).setParameter("article", a.articleId()).setParameter("source", a.source())
                .setMaxResults(1).getResultList().isEmpty();
        s.occurrenceCount += quotes.size();
        s.outletCount += known ? 0 : 1;
        if (s.widen(a.seen(), a.seen())) {
            Object[] first = em().createQuery("select q.text, q.type from Quote q where q.id = :id", Object[].class)
                    .setParameter("id", quotes.get(0)).getSingleResult();
            s.firstQuoteId = quotes.get(0);
            s.text = (String) first[0];
            s.type = (QuoteType) first[1];
        }
    }

    /** Counts a new article into its story, likewise without reading the story's other articles. */
    private void countArticle(long id, Arrival a) {
        Story s = lockStory(id);
        boolean known = a.source() != null && !em().createQuery("select x.id from Article x where x.storyId = :id and x.id <> :article"
                        + " and x.source = :source", Long.class)
                .setParameter("id", id).setParameter("article", a.articleId()).setParameter("source", a.source())
                .setMaxResults(1).getResultList().isEmpty();
        s.articleCount++;
        s.sourceCount += known ? 0 : 1;
        if (s.widen(a.seen(), a.seen())) {
            s.leadArticleId = a.articleId();
            s.title = a.title();
        }
    }

    /**
     * Locks each statement (in id order) and sets its text, dates and counts from all its occurrences,
     * after a delete, re-extraction or merge; an empty one goes.
     */
    private void refreshStatements(Collection<Long> ids) {
        for (long id : new TreeSet<>(ids)) {
            Statement s = em().find(Statement.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                continue;
            }
            Object[] totals = em().createQuery("select count(q), count(distinct coalesce(a.source, cast(a.id as string))),"
                    + " min(coalesce(a.publishedAt, a.ingestedAt)), max(coalesce(a.publishedAt, a.ingestedAt))"
                    + " from Quote q join q.article a where q.statementId = :id", Object[].class).setParameter("id", id).getSingleResult();
            if ((Long) totals[0] == 0) {
                s.delete();
                continue;
            }
            Object[] first = em().createQuery("select q.id, q.text, q.type from Quote q join q.article a where q.statementId = :id"
                    + " order by coalesce(a.publishedAt, a.ingestedAt), q.id", Object[].class).setParameter("id", id)
                    .setMaxResults(1).getSingleResult();
            s.occurrenceCount = ((Long) totals[0]).intValue();
            s.outletCount = ((Long) totals[1]).intValue();
            s.firstSeen = (OffsetDateTime) totals[2];
            s.lastSeen = (OffsetDateTime) totals[3];
            s.firstQuoteId = (Long) first[0];
            s.text = (String) first[1];
            s.type = (QuoteType) first[2];
        }
    }

    /** Locks the story and sets its title, dates and counts from all its articles; an empty one goes. */
    private void refreshStory(long id) {
        Story s = em().find(Story.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            return;
        }
        Object[] totals = em().createQuery("select count(a), count(distinct coalesce(a.source, cast(a.id as string))),"
                + " min(coalesce(a.publishedAt, a.ingestedAt)), max(coalesce(a.publishedAt, a.ingestedAt))"
                + " from Article a where a.storyId = :id", Object[].class).setParameter("id", id).getSingleResult();
        if ((Long) totals[0] == 0) {
            s.delete();
            return;
        }
        Object[] lead = em().createQuery("select a.id, a.title from Article a where a.storyId = :id"
                + " order by coalesce(a.publishedAt, a.ingestedAt), a.id", Object[].class).setParameter("id", id)
                .setMaxResults(1).getSingleResult();
        s.articleCount = ((Long) totals[0]).intValue();
        s.sourceCount = ((Long) totals[1]).intValue();
        s.firstSeen = (OffsetDateTime) totals[2];
        s.lastSeen = (OffsetDateTime) totals[3];
        s.leadArticleId = (Long) lead[0];
        s.title = (String) lead[1];
    }

    /** One multi-row insert of (key, owner) pairs: an article's 64 bands in one round trip. */
    private static void insertRows(String table, List<Long> keys, long owner) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", ?").append(2 * i + 2).append(')');
        }
        var insert = em().createNativeQuery(sql.toString());
        for (int i = 0; i < keys.size(); i++) {
            insert.setParameter(2 * i + 1, keys.get(i)).setParameter(2 * i + 2, owner);
        }
        insert.executeUpdate();
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static EntityManager em() {
        return Story.getEntityManager();
    }
}
