package org.newswire.cache;

import org.junit.jupiter.api.Test;
import org.newswire.article.StoredArticle;
import org.newswire.extraction.QuoteType;
import org.newswire.search.SearchIndex;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staleness rules on a clock the test moves: which writes change an answer, and how stale a served answer may be. */
class AnswerStoreTest {

    private static final Duration BOUND = Duration.ofSeconds(1);
    private final AtomicLong now = new AtomicLong();
    private final AnswerStore store = new AnswerStore(1 << 20, BOUND, false, now::get);
    private final AnswerStore background = new AnswerStore(1 << 20, BOUND, true, now::get);
    private final SearchIndex index = SearchIndex.inMemory();

    private static final Dependency ON_PESKOV = added -> added.article().quotes().stream().anyMatch(q -> "Dmitry Peskov".equals(q.speakerName()));

    private Addition quoteBy(String speaker, String text) {
        SearchIndex.Entry quote = new SearchIndex.Entry(SearchIndex.Kind.QUOTE, 1, 1, 0, null, text);
        return new Addition(new StoredArticle(new SearchIndex.Entry(SearchIndex.Kind.ARTICLE, 1, 1, 0, "t", text), null, null,
                Set.of(), Map.of(), List.of(new StoredArticle.Said(quote, 7L, speaker, QuoteType.DIRECT)), false), index.probe());
    }

    private static AnswerStore.Answer answer(String body) {
        return new AnswerStore.Answer(body.getBytes(), "application/json", null);
    }

    /** Computes and stores an answer the way a request that missed does. */
    private void compute(String key, String body, Dependency dependency) {
        AnswerStore.Lookup miss = store.get(key, true);
        assertFalse(miss.found(), key + " should be computed");
        store.put(key, miss.ticket(), answer(body), dependency);
    }

    @Test
    void aWriteMakesStaleOnlyTheAnswersItCanChange() {
        compute("peskov", "p1", ON_PESKOV);
        compute("all", "a1", Dependency.ANY);
        compute("detail", "d1", Dependency.NO_ADDITION);

        store.added(quoteBy("Sergei Ryabkov", "The treaty is dead."));
        assertTrue(store.get("peskov", true).found(), "a Ryabkov quote leaves the Peskov answer fresh");
        assertFalse(store.get("all", true).found(), "an answer that depends on anything is recomputed");
        assertTrue(store.get("detail", true).found());

        store.added(quoteBy("Dmitry Peskov", "Sanctions do not hurt us."));
        AnswerStore.Lookup peskov = store.get("peskov", true);
        assertFalse(peskov.found());
        assertTrue(peskov.replacing(), "the stale answer was there");

        store.changedAll(false);
        assertFalse(store.get("detail", true).found(), "a write nobody described changes every answer");
    }

    @Test
    void aStaleAnswerIsServedOnlyWhileAnotherRequestRecomputesItAndWithinTheBound() throws Exception {
        compute("k", "old", Dependency.ANY);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        store.added(quoteBy("Dmitry Peskov", "x"));

        AnswerStore.Lookup first = store.get("k", true);
        assertFalse(first.found(), "the first reader after the write gets the new answer (it computes it)");
        now.addAndGet(BOUND.toNanos());
        AnswerStore.Lookup second = store.get("k", true);
        assertTrue(second.found() && second.stale(), "a reader meanwhile gets the old answer, the write being at the bound");
        assertArrayEquals("old".getBytes(), second.answer().body());

        now.incrementAndGet();
        CompletableFuture<AnswerStore.Lookup> third = CompletableFuture.supplyAsync(() -> store.get("k", true));
        Thread.sleep(200);
        assertFalse(third.isDone(), "past the bound a reader waits for the new answer rather than get the old one");
        AnswerStore.Answer fresh = answer("new");
        store.put("k", first.ticket(), fresh, Dependency.ANY);
        AnswerStore.Lookup waited = third.get(2, TimeUnit.SECONDS);
        assertSame(fresh, waited.answer());
        assertFalse(waited.stale());
    }

    @Test
    void peekNeverWaitsAndServesStaleOnlyWhileSomeoneRecomputes() {
        compute("k", "old", Dependency.ANY);
        assertFalse(store.peek("k", true).stale(), "fresh");
        store.added(quoteBy("Dmitry Peskov", "x"));
        assertNull(store.peek("k", true), "nobody recomputes it yet: the caller does (through get)");
        AnswerStore.Lookup first = store.get("k", true);
        assertFalse(first.found());
        assertTrue(store.peek("k", true).stale(), "meanwhile the others get the old answer");
        assertNull(store.peek("k", false), "except a client that takes no stale answer");
        store.put("k", first.ticket(), answer("new"), Dependency.ANY);
        assertFalse(store.peek("k", true).stale());

        store.changedAll(true);
        store.get("k", true);
        assertNull(store.peek("k", true), "after a delete or a merge no stale answer is served, even while it is recomputed");
    }

    @Test
    void inBackgroundModeTheFirstReaderGetsTheStaleAnswerAndClaimsTheRecomputation() {
        AnswerStore.Lookup miss = background.get("k", true);
        background.put("k", miss.ticket(), answer("old"), Dependency.ANY);
        background.added(quoteBy("Dmitry Peskov", "x"));

        AnswerStore.Lookup first = background.peek("k", true);
        assertTrue(first.stale() && first.revalidate(), "the first to find it stale gets it and claims the recomputation");
        AnswerStore.Lookup second = background.peek("k", true);
        assertTrue(second.stale() && !second.revalidate(), "the others just get it");

        background.put("k", background.revalidation("k"), answer("new"), Dependency.ANY);
        assertArrayEquals("new".getBytes(), background.peek("k", true).answer().body());

        background.added(quoteBy("Dmitry Peskov", "y"));
        now.addAndGet(BOUND.toNanos() + 1);
        assertNull(background.peek("k", true), "past the bound no stale answer is served");
        assertNull(background.peek("missing", true));
    }

    @Test
    void anAnswerComputedAcrossAWriteThatChangesItIsStoredStale() {
        AnswerStore.Lookup miss = store.get("k", true);
        store.added(quoteBy("Dmitry Peskov", "x")); // committed while the answer was being read
        store.put("k", miss.ticket(), answer("maybe without it"), ON_PESKOV);
        assertFalse(store.get("k", true).found(), "it may not show the write, so the next reader recomputes it");

        AnswerStore.Lookup other = store.get("r", true);
        store.added(quoteBy("Dmitry Peskov", "y"));
        store.put("r", other.ticket(), answer("r"), added -> false);
        assertTrue(store.get("r", true).found(), "a write it does not depend on leaves it fresh");
    }

    @Test
    void aFullTextDependencyAsksTheProbe() {
        Addition added = quoteBy("Dmitry Peskov", "The New START treaty expires in February.");
        SearchIndex.Entry quote = added.article().quotes().get(0).entry();
        assertTrue(added.matches("\"new start\"", quote));
        assertTrue(added.matches("treaties", quote), "stemmed as the index stems");
        assertFalse(added.matches("sanctions", quote));
        assertTrue(added.matches(null, quote), "no query matches everything");
    }

    @Test
    void readersMissingTheSameAnswerWaitForTheOneComputingIt() throws Exception {
        AnswerStore.Lookup first = store.get("k", true);
        assertFalse(first.found(), "the first reader to miss computes the answer");
        CompletableFuture<AnswerStore.Lookup> second = CompletableFuture.supplyAsync(() -> store.get("k", true));
        Thread.sleep(200);
        assertFalse(second.isDone(), "a second reader waits for the first one's answer instead of computing it again");
        AnswerStore.Answer answer = answer("{}");
        store.put("k", first.ticket(), answer, Dependency.ANY);
        assertSame(answer, second.get(2, TimeUnit.SECONDS).answer());

        // an answer that will not be stored (an error) releases the waiters to compute their own
        assertFalse(store.get("failing", true).found());
        CompletableFuture<AnswerStore.Lookup> waiting = CompletableFuture.supplyAsync(() -> store.get("failing", true));
        Thread.sleep(200);
        store.abandon("failing");
        assertFalse(waiting.get(2, TimeUnit.SECONDS).found());
    }
}
