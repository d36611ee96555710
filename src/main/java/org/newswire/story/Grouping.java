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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
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

    /**
     * Groups a newly stored article and its quotes; call after {@link #lock} in the transaction that
     * stored them. True when it bridged stories, so other articles moved to its story.
     */
    public boolean added(long articleId, String text, long[] bands) {
        if (!enabled()) {
            return false;
        }
        return Timer.builder("newswire.grouping").description("Placing a new article in its story and its quotes in statements")
                .register(meters).record(() -> {
                    refreshStatements(placeQuotes(quotesOf(articleId)));
                    List<Long> joined = new ArrayList<>();
                    SortedSet<Long> stories = new TreeSet<>(List.of(placeArticle(articleId, text, bands, joined)));
                    stories.addAll(joined);
                    stories.forEach(this::refreshStory); // the stories it bridged are empty now, and go
                    return !joined.isEmpty();
                });
    }

    /** Groups a re-extracted article's new quotes and recounts the statements its old quotes left. */
    public void reextracted(long articleId, Set<Long> oldStatements) {
        if (!enabled()) {
            return;
        }
        SortedSet<Long> touched = new TreeSet<>(oldStatements);
        touched.addAll(placeQuotes(quotesOf(articleId)));
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
        refreshStatements(placeQuotes(quotes));
    }

    private List<Said> quotesOf(long articleId) {
        List<Said> out = new ArrayList<>();
        em().createQuery("select q.id, q.speakerId, q.text from Quote q where q.article.id = :id and q.speakerId is not null order by q.start, q.id",
                        Object[].class).setParameter("id", articleId).getResultList()
                .forEach(r -> out.add(new Said((Long) r[0], (Long) r[1], (String) r[2])));
        return out;
    }

    /**
     * Each quote joins the statement of the first indexed quote of its speaker that says the same, else
     * starts one; quotes placed earlier in the list are candidates for later ones (a lead repeated).
     */
    private SortedSet<Long> placeQuotes(List<Said> quotes) {
        SortedSet<Long> touched = new TreeSet<>();
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
            touched.add(statement);
        }
        return touched;
    }

    private Long matchingStatement(Said q, List<String> words, long[] keys) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT q.statement_id, q.text FROM quote_key k JOIN quote q ON q.id = k.quote_id"
                        + " WHERE k.key_hash IN (:keys) AND q.speaker_id = :speaker AND q.statement_id IS NOT NULL")
                .setParameter("keys", boxed(keys)).setParameter("speaker", q.speakerId()).setMaxResults(STATEMENT_CANDIDATES).getResultList();
        return Fingerprints.statementSaying(words, rows.stream().map(r -> new Fingerprints.Candidate(((Number) r[0]).longValue(), (String) r[1])).toList());
    }

    /**
     * The article joins the story of a stored article it is a copy of ({@link Fingerprints#copiedStories}),
     * else starts one, and the other stories it is a copy of are folded into that one (their ids go to
     * {@code joined}); its bands are indexed. Returns its story.
     */
    private long placeArticle(long articleId, String text, long[] bands, List<Long> joined) {
        Long story = null;
        if (bands.length > 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> shared = em().createNativeQuery("SELECT b.article_id, COUNT(*) AS n FROM article_band b WHERE b.band IN (:bands)"
                            + " AND b.article_id <> :article GROUP BY b.article_id ORDER BY n DESC, b.article_id")
                    .setParameter("bands", boxed(bands)).setParameter("article", articleId).setMaxResults(STORY_CANDIDATES).getResultList();
            if (!shared.isEmpty()) {
                List<Long> ids = shared.stream().map(r -> ((Number) r[0]).longValue()).toList();
                List<Long> copied = Fingerprints.copiedStories(text, em().createQuery("select a.storyId, a.text from Article a where a.id in :ids"
                                + " and a.storyId is not null", Object[].class).setParameter("ids", ids).getResultList().stream()
                        .map(r -> new Fingerprints.Candidate((Long) r[0], (String) r[1])).toList());
                if (!copied.isEmpty()) {
                    story = copied.get(0);
                    joined.addAll(copied.subList(1, copied.size()));
                }
            }
            insertRows("article_band (band, article_id)", List.copyOf(new TreeSet<>(boxed(bands))), articleId);
        }
        if (story == null) {
            Story created = new Story();
            created.persist();
            story = created.id;
        }
        em().createNativeQuery("UPDATE article SET story_id = ?1 WHERE id = ?2").setParameter(1, story).setParameter(2, articleId).executeUpdate();
        if (!joined.isEmpty()) {
            // the article rows move before any story row is locked, as a delete locks an article before its story
            em().createNativeQuery("UPDATE article SET story_id = :story WHERE story_id IN (:joined)")
                    .setParameter("story", story).setParameter("joined", joined).executeUpdate();
        }
        return story;
    }

    /** Locks each statement (in id order) and sets its text, dates and counts from its occurrences; an empty one goes. */
    private void refreshStatements(Collection<Long> ids) {
        for (long id : new TreeSet<>(ids)) {
            Statement s = em().find(Statement.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                continue;
            }
            List<Object[]> rows = em().createQuery("select q.id, q.text, q.type, coalesce(a.publishedAt, a.ingestedAt), coalesce(a.source, cast(a.id as string))"
                    + " from Quote q join q.article a where q.statementId = :id order by coalesce(a.publishedAt, a.ingestedAt), q.id", Object[].class)
                    .setParameter("id", id).getResultList();
            if (rows.isEmpty()) {
                s.delete();
                continue;
            }
            Object[] first = rows.get(0);
            s.firstQuoteId = (Long) first[0];
            s.text = (String) first[1];
            s.type = (QuoteType) first[2];
            s.firstSeen = (OffsetDateTime) first[3];
            s.lastSeen = (OffsetDateTime) rows.get(rows.size() - 1)[3];
            s.occurrenceCount = rows.size();
            s.outletCount = (int) rows.stream().map(r -> r[4]).distinct().count();
        }
    }

    /** Locks the story and sets its title, dates and counts from its articles; an empty one goes. */
    private void refreshStory(long id) {
        Story s = em().find(Story.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            return;
        }
        List<Object[]> rows = em().createQuery("select a.id, a.title, coalesce(a.publishedAt, a.ingestedAt), coalesce(a.source, cast(a.id as string))"
                + " from Article a where a.storyId = :id order by coalesce(a.publishedAt, a.ingestedAt), a.id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            s.delete();
            return;
        }
        Object[] lead = rows.get(0);
        s.leadArticleId = (Long) lead[0];
        s.title = (String) lead[1];
        s.firstSeen = (OffsetDateTime) lead[2];
        s.lastSeen = (OffsetDateTime) rows.get(rows.size() - 1)[2];
        s.articleCount = rows.size();
        s.sourceCount = (int) rows.stream().map(r -> r[3]).distinct().count();
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
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    private static EntityManager em() {
        return Story.getEntityManager();
    }
}
