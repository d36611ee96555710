package org.newswire.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.ExtractionPipelines;
import org.newswire.extraction.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairwise precision and recall of story and statement grouping on labelled republished copies
 * ({@code src/test/resources/stories/*.jsonl}): articles are "ingested" in file order (and in a
 * shuffled order) through the same decisions {@link Grouping} takes ({@link Fingerprints}), with an
 * in-memory band and quote-key index in place of the tables (reading every article of a band, where the
 * service reads each band's newest 50). Statements are scored twice: on the
 * labelled quotes with their labelled speakers (the grouping alone) and on the quotes the pipeline
 * extracts (what the service stores; a labelled quote the pipeline misses is not in the pairs).
 * Run: {@code /tmp/run.sh org.newswire.story.StoryEval src/test/resources/stories/stories-*.jsonl}
 * or through {@link StoryQualityTest}.
 */
public final class StoryEval {

    static final ObjectMapper JSON = new ObjectMapper();

    private StoryEval() {
    }

    /** A labelled article: its text, story group and labelled quotes. */
    record Labelled(String id, String site, String group, String text, List<Gold> statements) {
    }

    /** A labelled quote: its statement key, speaker and text. */
    record Gold(String key, String speaker, String text) {
    }

    /** Pairwise figures: pairs put together that belong together, over pairs put together and pairs that belong together. */
    public record Pairs(long truePairs, long predictedPairs, long goldPairs, int items) {
        double precision() {
            return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        }

        double recall() {
            return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        }

        @Override
        public String toString() {
            return String.format("P=%.4f R=%.4f (%d items, %d of %d gold pairs found, %d predicted pairs)",
                    precision(), recall(), items, truePairs, goldPairs, predictedPairs);
        }
    }

    public static void main(String[] args) throws IOException {
        List<Labelled> articles = load(args);
        System.out.printf("%d articles, %d sites, %d stories of two or more%n", articles.size(),
                articles.stream().map(Labelled::site).distinct().count(), storyGroupsOfTwoOrMore(articles));
        System.out.println("stories, file order:      " + stories(articles, true));
        List<Labelled> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(7));
        System.out.println("stories, shuffled order:  " + stories(shuffled, false));
        System.out.println("statements, gold quotes:  " + statementsOnGold(articles));
        System.out.println("statements, extracted:    " + statementsExtracted(articles, ExtractionPipelines.standard()));
    }

    static List<Labelled> load(String... files) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = JSON.readTree(line);
                List<Gold> gold = new ArrayList<>();
                a.get("statements").forEach(s -> gold.add(new Gold(s.get("statement").asText(),
                        s.get("speaker").isNull() ? null : s.get("speaker").asText(), s.get("text").asText())));
                out.add(new Labelled(a.get("id").asText(), a.get("site").asText(), a.get("group").asText(), a.get("text").asText(), gold));
            }
        }
        return out;
    }

    static long storyGroupsOfTwoOrMore(List<Labelled> articles) {
        Map<String, Integer> sizes = new HashMap<>();
        articles.forEach(a -> sizes.merge(a.group(), 1, Integer::sum));
        return sizes.values().stream().filter(n -> n >= 2).count();
    }

    /** Story grouping as ingest does it: bands to candidates (most shared first, at most ten), then containment. */
    static Pairs stories(List<Labelled> articles, boolean printErrors) {
        Map<Long, List<Integer>> bandIndex = new HashMap<>();
        List<Long> story = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            long[] bands = Fingerprints.bands(articles.get(i).text());
            Map<Integer, Integer> shared = new HashMap<>();
            for (long band : bands) {
                bandIndex.getOrDefault(band, List.of()).forEach(j -> shared.merge(j, 1, Integer::sum));
            }
            List<Fingerprints.Candidate> candidates = shared.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).map(Map.Entry::getKey).sorted()
                    .map(j -> new Fingerprints.Candidate(story.get(j), articles.get(j).text())).toList();
            List<Long> copied = Fingerprints.copiedStories(articles.get(i).text(), candidates);
            story.add(copied.isEmpty() ? i : copied.get(0));
            for (int j = 0; j < i; j++) {
                if (copied.contains(story.get(j))) {
                    story.set(j, copied.get(0)); // the stories it bridges are one
                }
            }
            for (long band : Arrays.stream(bands).distinct().toArray()) {
                bandIndex.computeIfAbsent(band, k -> new ArrayList<>()).add(i);
            }
        }
        if (printErrors) {
            for (int i = 0; i < articles.size(); i++) {
                for (int j = 0; j < i; j++) {
                    boolean gold = articles.get(i).group().equals(articles.get(j).group());
                    boolean got = story.get(i).equals(story.get(j));
                    if (gold != got) {
                        System.out.printf("  %s %s / %s (containment %.2f)%n", gold ? "missed:" : "wrongly joined:", articles.get(i).id(),
                                articles.get(j).id(), Fingerprints.containment(Fingerprints.shingles(articles.get(i).text()),
                                        Fingerprints.shingles(articles.get(j).text())));
                    }
                }
            }
        }
        return pairs(articles.size(), i -> articles.get(i).group(), story::get);
    }

    /** One quote to group: where it is, its speaker as the grouper sees it, its text, and its labelled statement. */
    record Occurrence(int article, String speaker, String text, String goldKey) {
    }

    static Pairs statementsOnGold(List<Labelled> articles) {
        List<Occurrence> quotes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Gold g : articles.get(i).statements()) {
                if (g.speaker() != null) {
                    quotes.add(new Occurrence(i, g.speaker(), g.text(), g.key()));
                }
            }
        }
        return statements(quotes);
    }

    /** The pipeline's quotes that overlap a labelled quote (each labelled quote taken once, by its largest overlap). */
    static Pairs statementsExtracted(List<Labelled> articles, Pipeline pipeline) {
        List<Occurrence> quotes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Labelled a = articles.get(i);
            List<ExtractedQuote> found = pipeline.extract(null, a.text()).quotes();
            Set<Integer> taken = new HashSet<>();
            for (Gold g : a.statements()) {
                int start = a.text().indexOf(g.text());
                int end = start + g.text().length();
                int best = -1;
                int bestOverlap = 0;
                for (int k = 0; k < found.size(); k++) {
                    int overlap = Math.min(end, found.get(k).span().end()) - Math.max(start, found.get(k).span().start());
                    if (!taken.contains(k) && overlap > bestOverlap) {
                        best = k;
                        bestOverlap = overlap;
                    }
                }
                if (best >= 0 && found.get(best).speaker() != null && g.speaker() != null) {
                    taken.add(best);
                    quotes.add(new Occurrence(i, found.get(best).speaker(), found.get(best).span().text(), g.key()));
                }
            }
        }
        return statements(quotes);
    }

    /** Statement grouping as ingest does it: the quote keys of the same speaker to candidates, then word-pair containment. */
    static Pairs statements(List<Occurrence> quotes) {
        Map<String, List<Integer>> keyIndex = new HashMap<>();
        List<Long> statement = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Occurrence q = quotes.get(i);
            List<String> words = Fingerprints.words(q.text());
            long[] keys = Fingerprints.quoteKeys(words);
            Map<Integer, Boolean> candidates = new LinkedHashMap<>();
            for (long key : keys) {
                keyIndex.getOrDefault(q.speaker() + '\u0000' + key, List.of()).forEach(j -> candidates.put(j, true));
            }
            Long same = Fingerprints.statementSaying(words, candidates.keySet().stream()
                    .map(j -> new Fingerprints.Candidate(statement.get(j), quotes.get(j).text())).toList());
            statement.add(same == null ? i : same);
            for (long key : keys) {
                keyIndex.computeIfAbsent(q.speaker() + '\u0000' + key, k -> new ArrayList<>()).add(i);
            }
        }
        return pairs(quotes.size(), i -> quotes.get(i).goldKey(), statement::get);
    }

    private static Pairs pairs(int n, Function<Integer, Object> gold, Function<Integer, Object> predicted) {
        long tp = 0;
        long pp = 0;
        long gp = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                boolean g = Objects.equals(gold.apply(i), gold.apply(j));
                boolean p = Objects.equals(predicted.apply(i), predicted.apply(j));
                gp += g ? 1 : 0;
                pp += p ? 1 : 0;
                tp += g && p ? 1 : 0;
            }
        }
        return new Pairs(tp, pp, gp, n);
    }
}
