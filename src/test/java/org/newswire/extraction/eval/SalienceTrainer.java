package org.newswire.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newswire.extraction.Document;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.ExtractionPipelines;
import org.newswire.extraction.Pipeline;
import org.newswire.extraction.speaker.SalienceRanker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns the {@link SalienceRanker} weights from a labelled set: runs the pipeline, keeps each
 * ranked decision behind a found quote whose gold speaker is among its candidates, and fits, per
 * {@link SalienceRanker.Model}, a softmax over each decision's candidates (L2-regularised gradient
 * descent from the hand-set weights). Prints the decisions' accuracy with the hand-set weights and
 * with learned ones, in five-fold cross-validation by article and on the whole set; {@code --write}
 * stores the weights learned on the whole set under {@code src/main/resources/extraction/}.
 * <pre>java … org.newswire.extraction.eval.SalienceTrainer src/test/resources/eval/tune.jsonl [--write]</pre>
 */
public final class SalienceTrainer {

    /** The sieves whose person decisions go through salience (a carried-over quote repeats its source's). */
    private static final Set<String> BY_PERSON = Set.of("pronoun", "role", "body-description");
    private static final double L2 = 0.01;
    private static final int ITERATIONS = 3000;
    private static final double RATE = 0.05;
    private static final int FOLDS = 5;

    /** One decision to learn from: its candidates and which of them the gold label names. */
    record Example(int article, List<SalienceRanker.Candidate> candidates, boolean[] gold) {
    }

    private SalienceTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = ExtractionPipelines.standard();
        Map<SalienceRanker.Model, List<Example>> examples = new EnumMap<>(SalienceRanker.Model.class);
        Map<SalienceRanker.Model, Integer> decisions = new EnumMap<>(SalienceRanker.Model.class);
        int article = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode labelled = ExtractionQualityTest.JSON.readTree(line);
            Document d = new Document("", labelled.get("text").asText());
            Map<String, SalienceRanker.Decision> traced = new HashMap<>();
            SalienceRanker.tracing(dec -> traced.put(dec.model() + "@" + dec.key(), dec), () -> pipeline.process(d));
            List<ExtractedQuote> quotes = d.toExtraction().quotes();
            Scorer.Labels gold = ExtractionQualityTest.labels(labelled);
            Scorer.Labels pred = ExtractionQualityTest.labels(ExtractionQualityTest.prediction(labelled, d.toExtraction()));
            for (int[] pair : Scorer.match(gold.quotes(), pred.quotes())) {
                ExtractedQuote q = quotes.get(pair[1]);
                String key = q.attributedBy() != null && BY_PERSON.contains(q.attributedBy()) && q.speakerMention() != null
                        ? SalienceRanker.Model.PERSON + "@" + q.speakerMention().start() : null;
                SalienceRanker.Decision dec = key == null ? null : traced.remove(key);
                if (dec == null) {
                    continue;
                }
                decisions.merge(dec.model(), 1, Integer::sum);
                String speaker = gold.quotes().get(pair[0]).speaker();
                boolean[] right = new boolean[dec.candidates().size()];
                boolean any = false;
                for (int i = 0; i < right.length; i++) {
                    right[i] = Scorer.sameSpeaker(speaker, dec.candidates().get(i).name());
                    any |= right[i];
                }
                if (any) {
                    examples.computeIfAbsent(dec.model(), m -> new ArrayList<>()).add(new Example(article, dec.candidates(), right));
                }
            }
            article++;
        }
        for (SalienceRanker.Model model : SalienceRanker.Model.values()) {
            report(model, decisions.getOrDefault(model, 0), examples.getOrDefault(model, List.of()), args[0],
                    List.of(args).contains("--write"));
        }
    }

    private static void report(SalienceRanker.Model model, int decisions, List<Example> examples, String set, boolean write)
            throws Exception {
        System.out.printf("%s: %d decisions behind found quotes; the gold speaker is a candidate in %d%n", model, decisions, examples.size());
        System.out.printf("  hand-set weights: %.3f of them right%n", accuracy(SalienceRanker.handSet(model), examples));
        System.out.printf("  shipped weights: %.3f%n", accuracy(SalienceRanker.trained(model), examples));
        int right = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            List<Example> train = examples.stream().filter(e -> e.article() % FOLDS != f).toList();
            List<Example> test = examples.stream().filter(e -> e.article() % FOLDS == f).toList();
            right += Math.round(accuracy(new SalienceRanker(model, fit(model, train)), test) * test.size());
        }
        System.out.printf("  learned, %d-fold cross-validation by article: %.3f%n", FOLDS, right / (double) Math.max(1, examples.size()));
        double[] w = fit(model, examples);
        System.out.printf("  learned on all of them: %.3f%n", accuracy(new SalienceRanker(model, w), examples));
        StringBuilder out = new StringBuilder("# Weights of SalienceRanker.Model." + model + ", learned by SalienceTrainer from "
                + Path.of(set).getFileName() + " (" + examples.size() + " decisions)\n");
        for (int i = 0; i < w.length; i++) {
            out.append(model.features().get(i)).append('\t').append(String.format(Locale.ROOT, "%.4f", w[i])).append('\n');
        }
        System.out.print(out);
        if (write) {
            Files.writeString(Path.of("src/main/resources/extraction", model.resource()), out);
        }
    }

    static double accuracy(SalienceRanker ranker, List<Example> examples) {
        int right = 0;
        for (Example e : examples) {
            String best = ranker.best(e.candidates());
            for (int i = 0; i < e.gold().length; i++) {
                if (e.gold()[i] && e.candidates().get(i).name().equals(best)) {
                    right++;
                    break;
                }
            }
        }
        return examples.isEmpty() ? 0 : right / (double) examples.size();
    }

    /**
     * Gradient descent on the mean negative log-likelihood of the gold candidates under a softmax of
     * the scores, plus L2, from the hand-set weights (so the fit starts where the rules stood).
     */
    static double[] fit(SalienceRanker.Model model, List<Example> examples) {
        double[] w = SalienceRanker.handSet(model).weights();
        int n = w.length;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[n];
            SalienceRanker ranker = new SalienceRanker(model, w);
            for (Example e : examples) {
                int k = e.candidates().size();
                double[] s = new double[k];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < k; i++) {
                    s[i] = ranker.score(e.candidates().get(i));
                    max = Math.max(max, s[i]);
                }
                double all = 0;
                double gold = 0;
                for (int i = 0; i < k; i++) {
                    s[i] = Math.exp(s[i] - max);
                    all += s[i];
                    gold += e.gold()[i] ? s[i] : 0;
                }
                for (int i = 0; i < k; i++) {
                    // d(-log(gold/all)) / d score_i = p_i - q_i, q the softmax restricted to the gold candidates
                    double g = s[i] / all - (e.gold()[i] ? s[i] / gold : 0);
                    double[] f = e.candidates().get(i).features();
                    for (int j = 0; j < n; j++) {
                        grad[j] += g * f[j];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                w[j] -= RATE * (grad[j] / Math.max(1, examples.size()) + 2 * L2 * w[j]);
            }
        }
        return w;
    }
}
