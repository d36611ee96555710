package org.newswire.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newswire.extraction.Document;
import org.newswire.extraction.ExtractionPipelines;
import org.newswire.extraction.Pipeline;
import org.newswire.extraction.quote.QuoteStage;
import org.newswire.extraction.speaker.SpeakerSieves;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The score.py figures for labelled sets, in-process. {@code --errors} lists every quote the
 * extraction missed, added, or got the speaker, type or span of wrong, article by article (for
 * studying the tune set; reading the held-out errors makes those articles tune articles).
 * {@code --ablation} scores the set again with each speaker sieve switched off in turn; {@code --sieves}
 * gives each sieve's accuracy on the found quotes it decided, {@code --sieve=NAME} lists them. {@code --blind}
 * keeps only the articles labelled blind; {@code --entities} lists the entities missed and added. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newswire.extraction.eval.EvalReport -Dexec.args="src/test/resources/eval/tune.jsonl --errors"}.
 */
public final class EvalReport {

    private EvalReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args).stream().filter(a -> a.startsWith("--")).toList();
        Pipeline pipeline = ExtractionPipelines.standard();
        for (String file : List.of(args).stream().filter(a -> !a.startsWith("--")).toList()) {
            List<JsonNode> gold = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(file))) {
                JsonNode article = line.isBlank() ? null : ExtractionQualityTest.JSON.readTree(line);
                if (article != null && (!options.contains("--blind") || "blind".equals(article.path("labelling").asText()))) {
                    gold.add(article);
                }
            }
            List<Document> documents = new ArrayList<>();
            Scorer scorer = new Scorer();
            Map<String, int[]> bySieve = new LinkedHashMap<>();
            String listed = options.stream().filter(o -> o.startsWith("--sieve=")).map(o -> o.substring("--sieve=".length()))
                    .findFirst().orElse(null);
            for (JsonNode article : gold) {
                Document d = new Document("", article.get("text").asText());
                pipeline.process(d);
                documents.add(d);
                JsonNode prediction = ExtractionQualityTest.prediction(article, d.toExtraction());
                Scorer.Labels expected = ExtractionQualityTest.labels(article);
                Scorer.Labels predicted = ExtractionQualityTest.labels(prediction);
                scorer.add(expected, predicted);
                decidedBy(expected.quotes(), predicted.quotes(), prediction.get("quotes"), bySieve, listed);
                if (options.contains("--errors")) {
                    printErrors(article.get("id").asText(), expected.quotes(), predicted.quotes(), prediction.get("quotes"));
                }
                if (options.contains("--entities")) {
                    printEntityErrors(article.get("id").asText(), expected, predicted);
                }
            }
            System.out.printf("%s (%d articles): %s%n", file, gold.size(), scorer.metrics());
            if (options.contains("--sieves")) {
                System.out.println("| decided by | found quotes | speaker acc |");
                System.out.println("| --- | --- | --- |");
                bySieve.forEach((sieve, n) -> System.out.printf("| %s | %d | %.3f |%n", sieve, n[0], n[1] / (double) n[0]));
            }
            if (options.contains("--ablation")) {
                ablation(gold, documents, scorer.metrics());
            }
        }
    }

    /** Each sieve off in turn, on the same parses: what the speaker figures lose without it. */
    private static void ablation(List<JsonNode> gold, List<Document> documents, Map<String, Double> all) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (String sieve : SpeakerSieves.names()) {
            QuoteStage without = new QuoteStage(SpeakerSieves.without(Set.of(sieve)));
            Scorer scorer = new Scorer();
            for (int i = 0; i < gold.size(); i++) {
                Document d = documents.get(i);
                without.process(d);
                scorer.add(ExtractionQualityTest.labels(gold.get(i)),
                        ExtractionQualityTest.labels(ExtractionQualityTest.prediction(gold.get(i), d.toExtraction())));
            }
            rows.put(sieve, scorer.metrics());
        }
        System.out.println("| sieve switched off | speaker acc | quote+speaker F1 | quote F1 |");
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf("| (none: all sieves) | %.3f | %.3f | %.3f |%n", all.get("speaker_acc"), all.get("quote_speaker_f1"), all.get("quote_f1"));
        rows.forEach((sieve, m) -> System.out.printf("| %s | %.3f (%+.3f) | %.3f (%+.3f) | %.3f |%n", sieve,
                m.get("speaker_acc"), m.get("speaker_acc") - all.get("speaker_acc"),
                m.get("quote_speaker_f1"), m.get("quote_speaker_f1") - all.get("quote_speaker_f1"), m.get("quote_f1")));
    }

    /** Per deciding sieve: found quotes, and how many got the gold speaker. */
    private static void decidedBy(List<Scorer.Quote> gold, List<Scorer.Quote> pred, JsonNode predicted, Map<String, int[]> bySieve,
                                  String listed) {
        for (int[] pair : Scorer.match(gold, pred)) {
            String sieve = sieveOf(predicted.get(pair[1]));
            boolean right = Scorer.sameSpeaker(gold.get(pair[0]).speaker(), pred.get(pair[1]).speaker());
            int[] n = bySieve.computeIfAbsent(sieve, k -> new int[2]);
            n[0]++;
            n[1] += right ? 1 : 0;
            if (sieve.equals(listed)) {
                System.out.printf("%s %s <%s> (gold %s): %s%n", right ? "RIGHT" : "WRONG", pred.get(pair[1]).speaker(),
                        predicted.get(pair[1]).path("speaker_mention").asText(), gold.get(pair[0]).speaker(), gold.get(pair[0]).text());
            }
        }
    }

    private static String sieveOf(JsonNode quote) {
        JsonNode by = quote.path("attributed_by");
        return !by.isNull() && !by.isMissingNode() ? by.asText() : quote.path("speaker").isNull() ? "(no sieve: no one)" : "(the quote's own form)";
    }

    /** The gold entities no predicted one matched, and the predicted ones no gold entity names. */
    private static void printEntityErrors(String id, Scorer.Labels gold, Scorer.Labels pred) {
        Set<String> g = Scorer.goldEntities(gold);
        Set<String> p = Scorer.predictedEntities(gold, pred);
        g.stream().filter(k -> !p.contains(k)).sorted().forEach(k -> System.out.println(id + "\tMISSED\t" + k));
        p.stream().filter(k -> !g.contains(k)).sorted().forEach(k -> System.out.println(id + "\tSPURIOUS\t" + k));
    }

    private static void printErrors(String id, List<Scorer.Quote> gold, List<Scorer.Quote> pred, JsonNode predicted) {
        List<String> lines = new ArrayList<>();
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> matchedPred = new HashSet<>();
        for (int[] pair : Scorer.match(gold, pred)) {
            matchedGold.add(pair[0]);
            matchedPred.add(pair[1]);
            Scorer.Quote g = gold.get(pair[0]);
            Scorer.Quote p = pred.get(pair[1]);
            if (!Scorer.sameSpeaker(g.speaker(), p.speaker())) {
                lines.add("  SPEAKER  " + p.speaker() + " <" + predicted.get(pair[1]).path("speaker_mention").asText() + "> ["
                        + sieveOf(predicted.get(pair[1])) + "] (gold "
                        + g.speaker() + "): " + g.text());
            }
            if (!Objects.equals(g.type(), p.type())) {
                lines.add("  TYPE     " + p.type() + " (gold " + g.type() + "): " + g.text());
            }
            if (!Scorer.norm(g.text()).equals(Scorer.norm(p.text()))) {
                lines.add("  SPAN     " + p.text() + "\n     gold  " + g.text());
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!matchedGold.contains(i)) {
                lines.add("  MISSED   [" + gold.get(i).type() + ", " + gold.get(i).speaker() + "] " + gold.get(i).text());
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!matchedPred.contains(i)) {
                lines.add("  SPURIOUS [" + pred.get(i).type() + ", " + pred.get(i).speaker() + "] " + pred.get(i).text());
            }
        }
        if (!lines.isEmpty()) {
            System.out.println(id);
            lines.forEach(System.out::println);
        }
    }
}
