package org.newswire.story;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What tells a copy of an article or a quote from other text: word 3-shingles, their MinHash signature
 * (Lucene's one-permutation MinHash filter) cut into LSH bands for an index, and the containment
 * measures that decide. Plain Java, no storage: the grouping code indexes and compares what this gives.
 */
public final class Fingerprints {

    /** Signature length: one minimum per bucket of the hash range (one-permutation hashing). */
    static final int SIGNATURE = 128;
    /**
     * Rows per LSH band. Two articles share a band with probability 1 - (1 - J²)^64 at Jaccard J: 0.93 at
     * J = 0.2 (a copy trimmed to a fifth), 0.03 at J = 0.02 (two reports of one event).
     */
    static final int BAND_ROWS = 2;
    public static final int BANDS = SIGNATURE / BAND_ROWS;

    /**
     * Shingle containment (shared shingles over the smaller text's) at or above which an article is a
     * copy of another: trimmed, re-headlined or lightly edited wire copy shares most of its shingles, a
     * wire's later take with a new lead 0.4 and up; independent reports of one event share few beyond
     * the quotes they both carry, and two stories of one site its boilerplate (up to 0.38 in the
     * labelled set).
     */
    public static final double STORY_CONTAINMENT = 0.4;

    /** Containment between the closest copies in two stories at or above which a copy of both joins them. */
    public static final double BRIDGE_CONTAINMENT = 0.2;

    /** Word-pair containment at or above which two quotes of one speaker are one statement. */
    public static final double STATEMENT_CONTAINMENT = 0.8;
    /** Quotes shorter than this (in words) are one statement only when their words are the same. */
    public static final int STATEMENT_MIN_WORDS = 4;
    /** How many of a quote's smallest word-triple hashes index it: a copy holding 80% of it shares one with p = 1 - 0.2⁴. */
    static final int QUOTE_KEYS = 4;

    private static final Analyzer SHINGLES = analyzer(false);
    private static final Analyzer MIN_HASH = analyzer(true);

    private Fingerprints() {
    }

    private static Analyzer analyzer(boolean minHash) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(words), 3, 3);
                shingles.setOutputUnigrams(false);
                shingles.setOutputUnigramsIfNoShingles(true);
                TokenStream out = minHash ? new MinHashFilter(shingles, 1, SIGNATURE, 1, true) : shingles;
                return new TokenStreamComponents(words, out);
            }
        };
    }

    /** The text's distinct word 3-shingles, lower case (its words alone when it has fewer than three). */
    public static Set<String> shingles(String text) {
        return new HashSet<>(tokens(SHINGLES, text));
    }

    /**
     * The LSH band keys of the text's MinHash signature: texts sharing a key are candidates to compare.
     * Empty for a text with no words.
     */
    public static long[] bands(String text) {
        List<String> signature = tokens(MIN_HASH, text);
        if (signature.size() < SIGNATURE) {
            return new long[0];
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 1125899906842597L + b; // the band's number is in the key: equal rows in two bands are not one band
            for (int r = 0; r < BAND_ROWS; r++) {
                h = 31 * h + signature.get(b * BAND_ROWS + r).hashCode();
                h = mix(h);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** Shared elements over the smaller set's size; 0 when either is empty. */
    public static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    /** A stored article or quote a new one is compared with, and the story or statement it belongs to. */
    public record Candidate(long group, String text) {
    }

    /**
     * The stories of the candidates this text is a copy of (shingle containment at least
     * {@link #STORY_CONTAINMENT}), the story of its closest copy first. A further story is named only
     * when its closest copy also shares {@link #BRIDGE_CONTAINMENT} with that first copy: a wire's
     * short first take and its later rewrite, each a copy of the full version, are one story; two
     * stories a round-up quotes paragraphs of, which share nothing with each other, are not.
     */
    public static List<Long> copiedStories(String text, List<Candidate> candidates) {
        Set<String> shingles = shingles(text);
        Map<Long, Double> best = new HashMap<>();
        Map<Long, Set<String>> closest = new HashMap<>();
        for (Candidate c : candidates) {
            Set<String> theirs = shingles(c.text());
            double containment = containment(shingles, theirs);
            if (containment >= STORY_CONTAINMENT && containment > best.getOrDefault(c.group(), -1.0)) {
                best.put(c.group(), containment);
                closest.put(c.group(), theirs);
            }
        }
        List<Long> stories = best.keySet().stream()
                .sorted(Comparator.comparing((Long g) -> -best.get(g)).thenComparing(Comparator.naturalOrder())).toList();
        if (stories.isEmpty()) {
            return stories;
        }
        Set<String> first = closest.get(stories.get(0));
        List<Long> out = new ArrayList<>(List.of(stories.get(0)));
        stories.stream().skip(1).filter(g -> containment(first, closest.get(g)) >= BRIDGE_CONTAINMENT).forEach(out::add);
        return out;
    }

    /** The lowest-numbered statement among the candidate quotes (of the same speaker) that say what these words say, or null. */
    public static Long statementSaying(List<String> words, List<Candidate> candidates) {
        return candidates.stream().filter(c -> sameStatement(words, words(c.text()))).map(Candidate::group)
                .min(Long::compare).orElse(null);
    }

    /** A quote's words, lower case, punctuation and marks dropped: re-punctuated copies have the same words. */
    public static List<String> words(String quote) {
        List<String> words = new ArrayList<>();
        for (String w : quote.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The keys a quote is indexed by for statement grouping: the smallest hashes of its word triples
     * (bottom-k sampling: a copy that keeps most of the triples keeps some of the smallest), or for a
     * short quote one hash of all its words, which only the same words match.
     */
    public static long[] quoteKeys(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        if (words.size() < STATEMENT_MIN_WORDS) {
            return new long[] {mix(String.join(" ", words).hashCode())};
        }
        long[] triples = new long[words.size() - 2];
        for (int i = 0; i < triples.length; i++) {
            triples[i] = mix((words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)).hashCode());
        }
        return Arrays.stream(triples).distinct().sorted().limit(QUOTE_KEYS).toArray();
    }

    /**
     * Whether two quotes (of one speaker) are one utterance: the same words, or, at four words and more,
     * most of the shorter one's word pairs in the other (a trimmed or lightly edited copy).
     */
    public static boolean sameStatement(List<String> a, List<String> b) {
        if (a.size() < STATEMENT_MIN_WORDS || b.size() < STATEMENT_MIN_WORDS) {
            return a.equals(b);
        }
        return containment(pairs(a), pairs(b)) >= STATEMENT_CONTAINMENT;
    }

    private static Set<String> pairs(List<String> words) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(words.get(i) + ' ' + words.get(i + 1));
        }
        return pairs;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return out;
    }

    /** A 64-bit finaliser (MurmurHash3's), so that String hash codes spread over the whole key range. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
