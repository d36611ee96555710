package org.newswire.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newswire.extraction.ExtractionPipelines;
import org.newswire.extraction.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The score.py figures for labelled sets, in-process, and with {@code --errors} every quote the
 * extraction missed, added, or got the speaker, type or span of wrong, article by article. For
 * studying the tune set; reading the held-out errors makes those articles tune articles. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newswire.extraction.eval.EvalReport -Dexec.args="src/test/resources/eval/tune.jsonl --errors"};
 * {@code --blind} keeps only the articles labelled blind.
 */
public final class EvalReport {

    private EvalReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args).stream().filter(a -> a.startsWith("--")).toList();
        Pipeline pipeline = ExtractionPipelines.standard();
        for (String file : List.of(args).stream().filter(a -> !a.startsWith("--")).toList()) {
            Scorer scorer = new Scorer();
            int articles = 0;
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = ExtractionQualityTest.JSON.readTree(line);
                if (options.contains("--blind") && !"blind".equals(gold.path("labelling").asText())) {
                    continue;
                }
                articles++;
                Scorer.Labels g = ExtractionQualityTest.labels(gold);
                JsonNode prediction = ExtractionQualityTest.prediction(gold, pipeline.extract("", gold.get("text").asText()));
                Scorer.Labels p = ExtractionQualityTest.labels(prediction);
                scorer.add(g, p);
                if (options.contains("--errors")) {
                    printErrors(gold.get("id").asText(), g.quotes(), p.quotes(), prediction.get("quotes"));
                }
            }
            System.out.printf("%s (%d articles): %s%n", file, articles, scorer.metrics());
        }
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
                lines.add("  SPEAKER  " + p.speaker() + " <" + predicted.get(pair[1]).path("speaker_mention").asText() + "> (gold "
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
