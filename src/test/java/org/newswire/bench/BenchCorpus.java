package org.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A corpus of any size for benchmarks, made of real news text: the 37 labelled articles first, then
 * articles assembled from their paragraphs (the lead of one article, followed by paragraphs of one or
 * two others), each with its own text, url, source and publication date. Deterministic for a seed.
 */
public final class BenchCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SOURCES = {"Reuters", "AP", "AFP", "TASS", "BBC", "Al Jazeera", "Straits Times", "DW"};

    /** One article as the ingest API takes it. */
    public record Article(String url, String title, String source, String publishedAt, String text) {

        public Map<String, String> json() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("url", url);
            out.put("title", title);
            out.put("source", source);
            out.put("publishedAt", publishedAt);
            out.put("text", text);
            return out;
        }
    }

    private BenchCorpus() {
    }

    public static List<Article> generate(int size, long seed) {
        List<String> real = realTexts();
        List<List<String>> paragraphs = real.stream().map(t -> List.of(t.split("\n\n"))).toList();
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Article> out = new ArrayList<>();
        while (out.size() < size) {
            int n = out.size();
            String text;
            if (n < real.size()) {
                text = real.get(n);
            } else {
                List<String> lead = paragraphs.get(random.nextInt(paragraphs.size()));
                StringBuilder b = new StringBuilder(String.join("\n\n", lead.subList(0, Math.min(lead.size(), 1 + random.nextInt(3)))));
                for (int others = 1 + random.nextInt(2); others > 0; others--) {
                    List<String> from = paragraphs.get(random.nextInt(paragraphs.size()));
                    int start = random.nextInt(from.size());
                    b.append("\n\n").append(String.join("\n\n", from.subList(start, Math.min(from.size(), start + 1 + random.nextInt(3)))));
                }
                text = b.toString();
            }
            if (!seen.add(text)) {
                continue; // the same mix twice would be a duplicate, not a new article
            }
            String firstLine = text.lines().findFirst().orElse("");
            String title = firstLine.length() > 90 ? firstLine.substring(0, 90) : firstLine;
            LocalDate day = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(8 * 365));
            out.add(new Article("https://bench.example.org/" + seed + "/" + n, title, SOURCES[random.nextInt(SOURCES.length)],
                    day + "T" + String.format("%02d:%02d:00Z", random.nextInt(24), random.nextInt(60)), text));
        }
        return out;
    }

    /** The labelled articles' texts, tune set then held-out set. */
    public static List<String> realTexts() {
        List<String> out = new ArrayList<>();
        for (String set : List.of("/eval/tune.jsonl", "/eval/heldout.jsonl")) {
            try (InputStream in = BenchCorpus.class.getResourceAsStream(set)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        JsonNode node = JSON.readTree(line);
                        out.add(node.get("text").asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
