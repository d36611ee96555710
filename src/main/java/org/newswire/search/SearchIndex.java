package org.newswire.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local Lucene index of articles (title and text) and quotes (text), with English stemming,
 * phrase queries ("New START") and highlighted snippets. Every write is committed before it
 * returns, so the index survives a restart the way the database does. Thread-safe.
 */
public final class SearchIndex implements Closeable {

    /** What can be searched. */
    public enum Kind { ARTICLE, QUOTE }

    /** A document to index: its id, the article it belongs to, and its text fields. */
    public record Entry(Kind kind, long id, long articleId, String title, String text) {
    }

    /** A match, most relevant first, with its text around the matched words ({@code <em>…</em>}). */
    public record Hit(long id, float score, String highlight) {

        /** The hits keyed by id, still in rank order. */
        public static Map<Long, Hit> byId(List<Hit> hits) {
            Map<Long, Hit> out = new LinkedHashMap<>();
            hits.forEach(h -> out.put(h.id(), h));
            return out;
        }
    }

    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String ARTICLE = "article";
    private static final String TITLE = "title";
    private static final String TEXT = "text";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.writer.commit(); // an empty index is still a readable index
        this.searchers = new SearcherManager(writer, null);
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

    /** Replaces everything indexed for one article with these entries. */
    public void replaceArticle(long articleId, List<Entry> entries) {
        try {
            writer.deleteDocuments(new Term(ARTICLE, String.valueOf(articleId)));
            for (Entry e : entries) {
                writer.addDocument(document(e));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("indexing article " + articleId + " failed", e);
        }
    }

    public void removeArticle(long articleId) {
        replaceArticle(articleId, List.of());
    }

    /** How many documents of one kind are searchable. */
    public int count(Kind kind) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new TermQuery(new Term(KIND, kind.name())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, before a rebuild. */
    public void clear() {
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best matches of a user query among documents of one kind, at most {@code max}. The query
     * may use quotes for phrases and AND/OR/NOT; anything that is not valid syntax is searched as
     * plain words, so no query fails.
     */
    public List<Hit> search(Kind kind, String userQuery, int max) {
        Query query = new BooleanQuery.Builder()
                .add(parse(kind, userQuery), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, max));
                String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", " … ", false)).build()
                        .highlight(TEXT, query, top, 1);
                List<Hit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    long id = Long.parseLong(searcher.storedFields().document(sd.doc).get(ID));
                    hits.add(new Hit(id, sd.score, snippets[i]));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private Query parse(Kind kind, String userQuery) {
        QueryParser parser = kind == Kind.ARTICLE
                ? new MultiFieldQueryParser(new String[]{TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f))
                : new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(userQuery);
        } catch (ParseException | IllegalArgumentException e) {
            // not query syntax ("\"unbalanced", "AND", "("): search its words, all of them
            Query words = new QueryBuilder(analyzer).createBooleanQuery(TEXT, userQuery, BooleanClause.Occur.MUST);
            return words == null ? new MatchNoDocsQuery() : words;
        }
    }

    private static Document document(Entry e) {
        Document d = new Document();
        d.add(new StringField(KIND, e.kind().name(), Field.Store.NO));
        d.add(new StringField(ID, String.valueOf(e.id()), Field.Store.YES));
        d.add(new StringField(ARTICLE, String.valueOf(e.articleId()), Field.Store.NO));
        if (e.title() != null) {
            d.add(new TextField(TITLE, e.title(), Field.Store.YES));
        }
        d.add(new TextField(TEXT, e.text(), Field.Store.YES));
        return d;
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
