package org.newswire.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local Lucene index of articles (title and text) and quotes (text), with English stemming,
 * phrase queries ("New START") and highlighted snippets. A write is searchable after {@link #refresh()}
 * (near-real-time reader, no disk flush); it is on disk after the next {@link #commit()}, which the owner calls
 * periodically: an fsync per article would cap ingest, and what a crash loses is re-indexed from the
 * database ({@link #articleRevisions()} tells what is there). Thread-safe.
 */
public final class SearchIndex implements Closeable {

    /** What can be searched. */
    public enum Kind { ARTICLE, QUOTE }

    /** A document to index: its id, the article it belongs to and that article's revision, and its text fields. */
    public record Entry(Kind kind, long id, long articleId, int revision, String title, String text) {
    }

    /**
     * A match, most relevant first; its highlight (the text around the matched words, {@code <em>…</em>})
     * is made only for the hits a page shows, see {@link #highlight}.
     */
    public record Hit(long id, float score, String highlight) {

        public Hit withHighlight(String text) {
            return new Hit(id, score, text);
        }

        /** The hits keyed by id, still in rank order. */
        public static Map<Long, Hit> byId(List<Hit> hits) {
            Map<Long, Hit> out = new LinkedHashMap<>();
            hits.forEach(h -> out.put(h.id(), h));
            return out;
        }
    }

    /** The best hits, most relevant first, and the number of all matching documents. */
    public record Ranking(List<Hit> hits, long total) {
    }

    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String REVISION = "revision";
    private static final String ARTICLE = "article";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** Bumped when the documents change shape; an index in an older format is rebuilt at start-up. */
    private static final String FORMAT = "2";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
            // escape=true: the article's own text is HTML-escaped, so only the <em> marks are markup
            .withFormatter(new DefaultPassageFormatter("<em>", "</em>", " … ", true)).build();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean currentFormat;
    private final String builtFrom;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        Map<String, String> last = DirectoryReader.indexExists(directory)
                ? DirectoryReader.listCommits(directory).get(0).getUserData() : Map.of();
        this.currentFormat = FORMAT.equals(last.get("format"));
        this.builtFrom = last.get("database");
        this.writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
        this.writer.commit(); // an empty index is still a readable index
        this.searchers = new SearcherManager(writer, null);
    }

    /** The identity of the database the index was built from, as last committed (null for a new index). */
    public String builtFrom() {
        return builtFrom;
    }

    /** Records the database the index now belongs to, with its next commit. */
    public void belongTo(String database) {
        writer.setLiveCommitData(Map.of("format", FORMAT, "database", database).entrySet());
    }

    /** An index in a folder on disk. */
    public static SearchIndex onDisk(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + folder, e);
        }
    }

    /** An index in memory, for tests. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces everything indexed for one article with these entries; searchable after {@link #refresh()}. */
    public void replaceArticle(long articleId, List<Entry> entries) {
        try {
            // one atomic delete-and-add: two threads replacing the same article never leave both copies
            writer.updateDocuments(new Term(ARTICLE, String.valueOf(articleId)), entries.stream().map(SearchIndex::document).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("indexing article " + articleId + " failed", e);
        }
    }

    public void removeArticle(long articleId) {
        try {
            writer.deleteDocuments(new Term(ARTICLE, String.valueOf(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException("removing article " + articleId + " from the index failed", e);
        }
    }

    /** Whether the index was written in this version's format (a new, empty index is not). */
    public boolean currentFormat() {
        return currentFormat;
    }

    /** The articles indexed, by id, with the revision each was indexed at (0 for documents from before revisions). */
    public Map<Long, Integer> articleRevisions() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<Long, Integer> revisions = new HashMap<>();
                searcher.search(new TermQuery(new Term(KIND, Kind.ARTICLE.name())), new SimpleCollector() {
                    private NumericDocValues ids;
                    private NumericDocValues revision;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        ids = DocValues.getNumeric(context.reader(), ID);
                        revision = DocValues.getNumeric(context.reader(), REVISION);
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (ids.advanceExact(doc)) {
                            revisions.put(ids.longValue(), revision.advanceExact(doc) ? (int) revision.longValue() : 0);
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                });
                return revisions;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, before a rebuild; searchable after {@link #refresh()}. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far searchable. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing the search index failed", e);
        }
    }

    /** Makes every write so far durable (a no-op when nothing changed). */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the search index failed", e);
        }
    }

    /**
     * The best matches of a user query among documents of one kind, at most {@code max}, and how many
     * documents match in all. The query may use quotes for phrases and AND/OR/NOT; anything that is
     * not valid syntax is searched as plain words, so no query fails.
     */
    public Ranking search(Kind kind, String userQuery, int max) {
        Query query = new BooleanQuery.Builder()
                .add(parse(kind, userQuery), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // an exact count of all matches (not Lucene's lower bound past 1,000), so a page needs only its own top hits
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, max), null, Integer.MAX_VALUE));
                // ids come from doc values: reading stored fields would decompress every hit's text
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                    NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID);
                    if (!ids.advanceExact(sd.doc - leaf.docBase)) {
                        throw new IllegalStateException("indexed document without an id");
                    }
                    hits.add(new Hit(ids.longValue(), sd.score, null));
                }
                return new Ranking(hits, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The passage of {@code text} that best matches the query, matched words in {@code <em>}. */
    public String highlight(Kind kind, String userQuery, String text) {
        try {
            Object passage = highlighter.highlightWithoutSearcher(TEXT, parse(kind, userQuery), text, 1);
            return passage == null ? null : passage.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting failed", e);
        }
    }

    /** Tells which queries match entries that are not in the index, each held alone in memory. */
    public Probe probe() {
        return new Probe();
    }

    /**
     * A percolator: whether a query (as {@link #search} parses it) matches a document, without the
     * index. The read cache asks it which stored search answers a new article can change; each entry
     * is analysed once however many queries ask about it.
     */
    public final class Probe {
        private final Map<Entry, MemoryIndex> memory = new IdentityHashMap<>();

        private Probe() {
        }

        public synchronized boolean matches(String userQuery, Entry entry) {
            MemoryIndex doc = memory.computeIfAbsent(entry, e -> {
                MemoryIndex m = new MemoryIndex();
                if (e.title() != null) {
                    m.addField(TITLE, e.title(), analyzer);
                }
                m.addField(TEXT, e.text(), analyzer);
                return m;
            });
            return doc.search(parse(entry.kind(), userQuery)) > 0;
        }
    }

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 1_000;
    /** Most terms (clauses) a query may expand to; Lucene's own limit of 1,024 would fail after the work is done. */
    public static final int MAX_CLAUSES = 64;
    /** Most fuzzy, wildcard and prefix terms: each expands to many terms, in the search and in the highlighting. */
    public static final int MAX_EXPANDING_TERMS = 4;
    /** Deepest nesting of brackets; the parser recurses on each. */
    public static final int MAX_NESTING = 10;

    /** A query the index will not run, with the reason in plain words (a 400 for the client). */
    public static final class BadQuery extends IllegalArgumentException {
        BadQuery(String message) {
            super(message);
        }
    }

    /**
     * Parses a user query within bounds on its cost: a length, a depth of brackets, a number of
     * clauses and of expanding (fuzzy, wildcard, prefix) terms; regular expressions are not offered,
     * nor are leading wildcards (the parser refuses them). What is not valid syntax is searched as plain
     * words.
     */
    private Query parse(Kind kind, String userQuery) {
        if (userQuery.length() > MAX_QUERY_CHARS) {
            throw new BadQuery("is " + userQuery.length() + " characters long; at most " + MAX_QUERY_CHARS);
        }
        int depth = 0;
        for (char c : userQuery.toCharArray()) {
            depth = c == '(' ? depth + 1 : c == ')' ? Math.max(0, depth - 1) : depth;
            if (depth > MAX_NESTING) {
                throw new BadQuery("nests brackets more than " + MAX_NESTING + " deep");
            }
        }
        // a regular expression is refused before it is compiled: "(a?){500}a{500}" alone costs seconds
        QueryParser parser = kind == Kind.ARTICLE
                ? new MultiFieldQueryParser(new String[]{TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f)) {
                    @Override
                    protected Query newRegexpQuery(Term regexp) {
                        throw regexpRefused();
                    }
                }
                : new QueryParser(TEXT, analyzer) {
                    @Override
                    protected Query newRegexpQuery(Term regexp) {
                        throw regexpRefused();
                    }
                };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query query;
        try {
            query = parser.parse(userQuery);
        } catch (BadQuery e) {
            throw e;
        } catch (ParseException | IllegalArgumentException e) {
            // not query syntax ("\"unbalanced", "AND", "("): search its words, all of them
            Query words = new QueryBuilder(analyzer).createBooleanQuery(TEXT, userQuery, BooleanClause.Occur.MUST);
            query = words == null ? new MatchNoDocsQuery() : words;
        }
        int[] counts = new int[2];
        count(query, counts);
        if (counts[0] > MAX_CLAUSES) {
            throw new BadQuery("has " + counts[0] + " terms; at most " + MAX_CLAUSES);
        }
        if (counts[1] > MAX_EXPANDING_TERMS) {
            throw new BadQuery("has " + counts[1] + " fuzzy, wildcard or prefix terms; at most " + MAX_EXPANDING_TERMS);
        }
        return query;
    }

    private static BadQuery regexpRefused() {
        return new BadQuery("uses a regular expression (/…/), which search does not offer; put the words in quotes");
    }

    /** Counts leaf clauses [0] and expanding ones [1]. */
    private static void count(Query q, int[] counts) {
        if (q instanceof BooleanQuery b) {
            b.clauses().forEach(c -> count(c.getQuery(), counts));
        } else if (q instanceof BoostQuery b) {
            count(b.getQuery(), counts);
        } else {
            counts[0]++;
            if (q instanceof MultiTermQuery) {
                counts[1]++;
            }
        }
    }

    private static Document document(Entry e) {
        Document d = new Document();
        d.add(new StringField(KIND, e.kind().name(), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, e.id()));
        d.add(new NumericDocValuesField(REVISION, e.revision()));
        d.add(new StringField(ARTICLE, String.valueOf(e.articleId()), Field.Store.NO));
        if (e.title() != null) {
            d.add(new TextField(TITLE, e.title(), Field.Store.NO));
        }
        d.add(new TextField(TEXT, e.text(), Field.Store.NO));
        return d;
    }

    @Override
    public void close() {
        try {
            writer.commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
