package org.newswire.extraction.speaker;

import org.newswire.extraction.Resources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Which of the people a pronoun or a role could mean it means: a linear score over what the
 * discourse knows of each candidate (how recently it was a subject or quoted, whether it spoke last
 * and the narrative moved on since, how often and how near it is named), the weights learned from
 * the tune set by {@code SalienceTrainer} (a softmax over each decision's candidates) and shipped as
 * a resource per {@link Model}. Gender agreement stays a filter before the ranking.
 */
public final class SalienceRanker {

    /** A ranked decision: its features, in the order of {@link Candidate#features()}, its weights file, and the hand-set rule it replaced. */
    public enum Model {
        PERSON("salience-weights.tsv", List.of(
                "recency",            // minus the sentences since it was last a subject or quoted (capped)
                "last-speaker",       // it spoke in the quote before
                "last-speaker-moved", // it spoke last, but the narrative made someone else a subject since
                "mention-recency",    // minus the sentences since it was last named at all (capped)
                "mentions",           // log(1 + times the narrative named it)
                "quoted",             // log(1 + times it was quoted)
                "gender-stated",      // the article states the gender the pronoun asks for
                "in-sentence",        // named earlier in the sentence of the attribution
                "in-paragraph",       // named in the paragraph of the attribution
                "previous-subject"),  // a subject of the sentence before (or of this one)
                // recency, and the last speaker two sentences nearer unless the narrative moved on
                new double[]{1, 2, -2, 0, 0, 0, 0, 0, 0, 0});

        private final String resource;
        private final List<String> features;
        private final double[] handSet;

        Model(String resource, List<String> features, double[] handSet) {
            this.resource = resource;
            this.features = features;
            this.handSet = handSet;
        }

        public List<String> features() {
            return features;
        }

        public String resource() {
            return resource;
        }
    }

    /** Sentences of distance beyond which recency stops counting. */
    static final int HORIZON = 20;

    private static final ThreadLocal<Consumer<Decision>> TRACE = new ThreadLocal<>();
    private static final Map<Model, SalienceRanker> TRAINED = new ConcurrentHashMap<>();

    private final Model model;
    private final double[] weights;

    public SalienceRanker(Model model, double[] weights) {
        if (weights.length != model.features.size()) {
            throw new IllegalArgumentException("expected " + model.features.size() + " weights, got " + weights.length);
        }
        this.model = model;
        this.weights = weights.clone();
    }

    /** The shipped, trained weights. */
    public static SalienceRanker trained(Model model) {
        return TRAINED.computeIfAbsent(model, m -> {
            Map<String, Double> byName = new HashMap<>();
            Resources.rows(m.resource, 2).forEach(r -> byName.put(r[0], Double.parseDouble(r[1])));
            double[] w = new double[m.features.size()];
            for (int i = 0; i < w.length; i++) {
                Double v = byName.get(m.features.get(i));
                if (v == null) {
                    throw new IllegalStateException(m.resource + " has no weight for " + m.features.get(i));
                }
                w[i] = v;
            }
            return new SalienceRanker(m, w);
        });
    }

    /** The rule the model replaced, as weights. */
    public static SalienceRanker handSet(Model model) {
        return new SalienceRanker(model, model.handSet);
    }

    public double[] weights() {
        return weights.clone();
    }

    /** One candidate and its features. */
    public record Candidate(String name, double[] features) {
    }

    /**
     * One decision of a model at {@code key} (the start of the naming phrase), its candidates and the one chosen.
     */
    public record Decision(Model model, int key, List<Candidate> candidates, String chosen) {
    }

    public double score(Candidate c) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * c.features()[i];
        }
        return s;
    }

    /** The best-scoring candidate; of equal scores, the earlier in the list. Null for none. */
    public String best(List<Candidate> candidates) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            double s = score(c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best == null ? null : best.name();
    }

    /** Ranks the candidates, and passes the decision to the trace of this thread if there is one. */
    String decide(int key, List<Candidate> candidates) {
        String chosen = best(candidates);
        Consumer<Decision> sink = TRACE.get();
        if (sink != null) {
            sink.accept(new Decision(model, key, List.copyOf(candidates), chosen));
        }
        return chosen;
    }

    /** While {@code run} runs on this thread, every decision is also passed to {@code sink} (for training). */
    public static void tracing(Consumer<Decision> sink, Runnable run) {
        TRACE.set(sink);
        try {
            run.run();
        } finally {
            TRACE.remove();
        }
    }
}
