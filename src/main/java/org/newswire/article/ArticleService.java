package org.newswire.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;
import org.newswire.api.ApiProblem;
import org.newswire.api.Dates;
import org.newswire.api.InputText;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Params;
import org.newswire.api.Problem;
import org.newswire.api.Query;
import org.newswire.api.RankedPage;
import org.newswire.cache.Addition;
import org.newswire.cache.ReadCache;
import org.newswire.config.NewswireConfig;
import org.newswire.extraction.Extraction;
import org.newswire.extraction.ExtractionService;
import org.newswire.mention.Mention;
import org.newswire.mention.NamedEntity;
import org.newswire.quote.Quote;
import org.newswire.runtime.DaemonThreads;
import org.newswire.search.SearchIndex;
import org.newswire.story.Grouping;
import org.newswire.topic.ArticleTopic;
import org.newswire.topic.TopicDefinitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Ingests, reads, lists and deletes articles. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    /** The sort keys a client may ask for, mapped to HQL. */
    private static final Map<String, String> SORTS = Map.of(
            "-publishedAt", "a.publishedAt desc nulls last, a.id desc",
            "publishedAt", "a.publishedAt asc nulls last, a.id asc",
            "-ingestedAt", "a.ingestedAt desc, a.id desc",
            "ingestedAt", "a.ingestedAt asc, a.id asc");

    private final ExecutorService batchWorkers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), DaemonThreads.named("batch-ingest"));

    @Inject
    ExtractionService extraction;
    @Inject
    ArticleStore store;
    @Inject
    ArticleSearch search;
    @Inject
    NewswireConfig config;
    @Inject
    Validator validator;
    @Inject
    MeterRegistry meters;
    @Inject
    ReadCache cache;
    @Inject
    Grouping grouping;

    /** Inserts that collide with a concurrent insert of the same entity are retried this often in all. */
    private static final int SAVE_ATTEMPTS = 3;

    /** The stored article, and whether this call created it or found it already there. */
    public record Outcome(Article article, boolean created) {
    }

    /** An article checked and extracted, ready to store; or the stored article it turned out to duplicate. */
    private record Prepared(ArticleInput input, String hash, Extraction extracted, Article duplicate) {
    }

    public Outcome ingest(ArticleInput raw) {
        return store(prepare(raw));
    }

    /** Validates, finds a stored duplicate, else extracts: the slow part, outside any transaction. */
    private Prepared prepare(ArticleInput raw) {
        validate(raw);
        ArticleInput input = raw.normalized();
        String hash = contentHash(input.text());
        Optional<Article> existing = findDuplicate(input.url(), hash);
        if (existing.isPresent()) {
            return new Prepared(input, hash, null, existing.get());
        }
        return new Prepared(input, hash, extraction.extract(input.title(), input.text()), null);
    }

    private Outcome store(Prepared p) {
        if (p.duplicate() != null) {
            meters.counter("newswire.articles.duplicates").increment();
            return new Outcome(p.duplicate(), false);
        }
        Extraction extracted = p.extracted();
        Article saved = null;
        StoredArticle stored = null;
        for (int attempt = 1; stored == null; attempt++) {
            try {
                saved = newArticle(p.input(), p.hash());
                stored = store.save(saved, extracted);
            } catch (RuntimeException e) {
                // a unique constraint refused the insert: another request (or another instance) stored the
                // same article between our check and our commit; or a concurrent delete removed an entity
                // row this article refers to. The transaction API may wrap that exception, so look at the
                // data rather than match the exception.
                Optional<Article> existing = findDuplicate(p.input().url(), p.hash());
                if (existing.isPresent()) {
                    meters.counter("newswire.articles.duplicates").increment();
                    return new Outcome(existing.get(), false);
                }
                meters.counter("newswire.articles.store.conflicts").increment();
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
                LOG.debugf("Storing an article collided with a concurrent write (attempt %d): %s", attempt, e.getMessage());
            }
        }
        search.index(stored);
        cache.added(new Addition(stored, search.probe()));
        if (stored.regroupedOthers()) {
            cache.changed(); // other articles' story changed: their answers are out of date too
        }
        meters.counter("newswire.articles.ingested").increment();
        meters.counter("newswire.quotes.stored").increment(extracted.quotes().size());
        meters.counter("newswire.mentions.stored").increment(extracted.entities().stream().mapToInt(e -> e.occurrences().size()).sum());
        LOG.infof("Stored article %d (%d quotes, %d entities, topics %s)", saved.id,
                extracted.quotes().size(), extracted.entities().size(), extracted.assignedTopics());
        return new Outcome(saved, true);
    }

    /**
     * Items are checked and extracted side by side, one per core, then stored one after another in the
     * order of the request, so their ids follow it; an item that fails for any reason is rejected with
     * its reason and the others go on.
     */
    public ArticleViews.BatchResult ingestBatch(List<ArticleInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw ApiProblem.badField("body", "must hold at least one article");
        }
        int max = config.ingest().batchMaxItems();
        if (inputs.size() > max) {
            throw ApiProblem.badField("body", "holds " + inputs.size() + " articles; the limit is " + max);
        }
        List<CompletableFuture<Prepared>> preparing = new ArrayList<>();
        for (ArticleInput input : inputs) {
            preparing.add(CompletableFuture.supplyAsync(() -> {
                if (input == null) {
                    throw ApiProblem.badField("body", "item is null");
                }
                return prepare(input);
            }, batchWorkers));
        }
        List<ArticleViews.ItemResult> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            items.add(item(i, preparing.get(i)));
        }
        long created = items.stream().filter(r -> "created".equals(r.status())).count();
        long duplicates = items.stream().filter(r -> "duplicate".equals(r.status())).count();
        return new ArticleViews.BatchResult((int) created, (int) duplicates, (int) (items.size() - created - duplicates), items);
    }

    private ArticleViews.ItemResult item(int index, CompletableFuture<Prepared> preparing) {
        try {
            Outcome outcome = store(join(preparing));
            return new ArticleViews.ItemResult(index, outcome.created() ? "created" : "duplicate", outcome.article().id, null);
        } catch (ApiProblem | ExtractionService.Stopped e) {
            return new ArticleViews.ItemResult(index, "rejected", null, e.getMessage());
        } catch (ExtractionService.Unavailable e) {
            throw e; // no item can be extracted: the whole request answers 503
        } catch (RuntimeException e) {
            // one item failing must not fail the others, which may be stored already
            LOG.errorf(e, "Batch item %d could not be stored", index);
            return new ArticleViews.ItemResult(index, "rejected", null, "could not be stored (an internal error, logged by the service)");
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void stopBatchWorkers() {
        batchWorkers.shutdownNow();
    }

    @Transactional
    public Optional<ArticleViews.Detail> detail(long id) {
        return Article.<Article>findByIdOptional(id).map(this::detail);
    }

    ArticleViews.Detail detail(Article a) {
        List<ArticleViews.TopicScore> topics = ArticleTopic.<ArticleTopic>list("article", a).stream()
                .sorted(Comparator.comparingDouble((ArticleTopic t) -> t.score).reversed())
                .map(t -> new ArticleViews.TopicScore(t.topic.slug, t.topic.label, t.score, TopicDefinitions.evidence(t.evidence))).toList();
        List<ArticleViews.QuoteView> quotes = Quote.<Quote>list("article = ?1 order by start", a).stream()
                .map(ArticleViews.QuoteView::of).toList();
        Map<NamedEntity, List<ArticleViews.MentionView>> byEntity = new LinkedHashMap<>();
        for (Mention m : Mention.<Mention>list("article = ?1 order by start", a)) {
            byEntity.computeIfAbsent(m.entity, k -> new ArrayList<>()).add(new ArticleViews.MentionView(m.surface, m.start, m.end));
        }
        List<ArticleViews.EntityInArticle> entities = byEntity.entrySet().stream()
                .map(e -> new ArticleViews.EntityInArticle(e.getKey().id, e.getKey().name, e.getKey().type, e.getValue()))
                .toList();
        return new ArticleViews.Detail(a.id, a.url, a.title, a.source, a.author, a.publishedAt, a.ingestedAt, a.text,
                a.storyId, topics, quotes, entities);
    }

    /** Removes the article, its quotes, mentions and topic links, and entities left with no mention or quote. */
    public boolean delete(long id) {
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> {
            // locked as a re-extraction locks it, so the two take turns
            Optional<Article> article = Optional.ofNullable(Article.getEntityManager().find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
            if (article.isEmpty()) {
                return false;
            }
            Set<Long> statements = grouping.statementsOf(id);
            Long story = article.get().storyId;
            ArticleStore.deleteExtraction(id);
            article.get().delete();
            grouping.deleted(statements, story);
            ArticleStore.deleteOrphanEntities();
            return true;
        });
        if (deleted) {
            search.remove(id);
            cache.changed();
        }
        return deleted;
    }

    /**
     * Articles matching the filters. With {@code q} the full-text index finds and ranks them (most
     * relevant first unless a sort is asked for) and each summary carries its score and highlight.
     */
    @Transactional
    public Page<ArticleViews.Summary> list(ArticleFilter filter, String sort, PageRequest page) {
        String order = Params.sort(SORTS, sort, "-publishedAt");
        List<Long> speakers = NamedEntity.idsForSpeaker(filter.speaker());
        if (speakers != null && speakers.isEmpty()) {
            return Page.empty(page); // nobody by that name has been quoted
        }
        Query query = new Query()
                .where("exists (select 1 from ArticleTopic t where t.article = a and t.topic.slug = :topic)", "topic", filter.topic())
                .where("exists (select 1 from Mention m where m.article = a and (lower(m.entity.name) = :entity"
                        + " or cast(m.entity.id as string) = :entity))", "entity", Query.lower(filter.entity()))
                .where("exists (select 1 from Quote s where s.article = a and s.speaker.id in :speakers)", "speakers", speakers)
                .where("lower(a.source) = :source", "source", Query.lower(filter.source()))
                .where("a.publishedAt >= :from", "from", filter.from())
                .where("a.publishedAt < :to", "to", filter.to());
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q();
        if (q == null || (sort != null && !sort.isBlank())) {
            Map<Long, SearchIndex.Hit> hits = null;
            if (q != null) {
                hits = SearchIndex.Hit.byId(search.articles(q, null).hits());
                if (hits.isEmpty()) {
                    return Page.empty(page);
                }
                query.where("a.id in :ids", "ids", List.copyOf(hits.keySet()));
            }
            long total = Article.count("from Article a" + query.clause(), query.params());
            List<Article> articles = Article.<Article>find("select a from Article a" + query.clause() + " order by " + order, query.params())
                    .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
            return new Page<>(summaries(articles, highlighted(articles, hits, q)), page.page(), page.size(), total);
        }
        // relevance order: the index ranks, the database filters (when there is anything to filter on)
        SearchIndex.Ranking ranking = search.articles(q, query.filters() ? null : page.offset() + page.size());
        RankedPage ranked = RankedPage.of(ranking, query.filters()
                ? query.bind(Article.getEntityManager().createQuery("select a.id from Article a" + query.clause(), Long.class)).getResultList()
                : null, page);
        Map<Long, SearchIndex.Hit> hits = SearchIndex.Hit.byId(ranking.hits());
        Map<Long, Article> byId = new HashMap<>();
        if (!ranked.ids().isEmpty()) {
            Article.<Article>list("id in ?1", ranked.ids()).forEach(a -> byId.put(a.id, a));
        }
        // filter(nonNull): the index may still hold an article another instance has just deleted
        List<Article> articles = ranked.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
        return new Page<>(summaries(articles, highlighted(articles, hits, q)), page.page(), page.size(), ranked.total());
    }

    /** The hits of the articles on the page, each with its highlight (none without a search). */
    private Map<Long, SearchIndex.Hit> highlighted(List<Article> articles, Map<Long, SearchIndex.Hit> hits, String q) {
        if (hits == null) {
            return null;
        }
        Map<Long, SearchIndex.Hit> out = new HashMap<>();
        articles.forEach(a -> out.put(a.id, search.highlightArticle(hits.get(a.id), q, a)));
        return out;
    }

    List<ArticleViews.Summary> summaries(List<Article> articles, Map<Long, SearchIndex.Hit> hits) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> topics = new LinkedHashMap<>();
        for (ArticleTopic t : ArticleTopic.<ArticleTopic>list("article in ?1 order by score desc", articles)) {
            topics.computeIfAbsent(t.article.id, k -> new ArrayList<>()).add(t.topic.slug);
        }
        return articles.stream().map(a -> {
            SearchIndex.Hit hit = hits == null ? null : hits.get(a.id);
            return new ArticleViews.Summary(a.id, a.url, a.title, a.source, a.author, a.publishedAt, a.ingestedAt,
                    topics.getOrDefault(a.id, List.of()), a.storyId, hit == null ? null : hit.score(), hit == null ? null : hit.highlight());
        }).toList();
    }

    /** Runs the current pipeline over a stored article again and replaces what was extracted. */
    public Optional<ArticleViews.Detail> reextract(long id) {
        Optional<Article> article = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findByIdOptional(id));
        if (article.isEmpty()) {
            return Optional.empty();
        }
        store.replace(id, extraction.extract(article.get().title, article.get().text));
        search.reindex(id);
        cache.changed();
        return detail(id);
    }

    /** Decides a stored article's topics again with the current definitions, without the NLP stages. */
    public void reclassify(long id) {
        if (store.replaceTopics(id, extraction::classify)) {
            cache.changed();
        }
    }

    /** Ids of every stored article, oldest first. */
    @Transactional
    public List<Long> allIds() {
        return Article.getEntityManager().createQuery("select a.id from Article a order by a.id", Long.class).getResultList();
    }

    @Transactional
    public long count() {
        return Article.count();
    }

    private Optional<Article> findDuplicate(String url, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (url != null && !url.isBlank()) {
                Optional<Article> byUrl = Article.findByUrl(url);
                if (byUrl.isPresent()) {
                    return byUrl;
                }
            }
            return Article.findByContentHash(hash);
        });
    }

    private static Article newArticle(ArticleInput input, String hash) {
        Article article = new Article();
        article.url = blankToNull(input.url());
        article.title = blankToNull(input.title());
        article.source = blankToNull(input.source());
        article.author = blankToNull(input.author());
        article.publishedAt = Dates.parse("publishedAt", input.publishedAt());
        article.text = input.text();
        article.contentHash = hash;
        article.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return article;
    }

    private void validate(ArticleInput input) {
        if (input == null) {
            throw ApiProblem.badField("body", "an article object is required");
        }
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        InputText.check("text", input.text(), config.ingest().maxTextChars());
        InputText.checkLine("url", input.url());
        InputText.checkLine("title", input.title());
        InputText.checkLine("source", input.source());
        InputText.checkLine("author", input.author());
        Dates.parse("publishedAt", input.publishedAt());
    }

    /** SHA-256 of the text with Unicode and white space normalised, so re-posted copies match. */
    static String contentHash(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
