package org.newswire.extraction.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.newswire.extraction.TopicScore;
import org.newswire.extraction.topic.TopicClassifier;
import org.newswire.extraction.topic.TopicDefinition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * score.py's topic figures for labelled sets, in seconds, since topics need no NLP stages: for the
 * built-in topics, or with {@code --definitions file.json} (a JSON array of topic definitions, the
 * shape POST /api/topics takes) for topics a user defines. Prints each wrong article with the
 * evidence. Run with {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newswire.extraction.eval.TopicEval -Dexec.args="src/test/resources/eval/tune.jsonl"}.
 */
public final class TopicEval {

    private TopicEval() {
    }

    public static void main(String[] args) throws Exception {
        List<TopicDefinition> definitions = TopicClassifier.builtIns();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--definitions")) {
                definitions = ExtractionQualityTest.JSON.readValue(Path.of(args[++i]).toFile(), new TypeReference<>() { });
            } else {
                files.add(args[i]);
            }
        }
        TopicClassifier classifier = new TopicClassifier(definitions);
        for (String file : files) {
            Figures f = figures(classifier, Path.of(file), true);
            System.out.printf("%s (%d articles, topics %s): topic_p=%.4f topic_r=%.4f topic_f1=%.4f topic_exact_acc=%.4f%n",
                    file, f.articles(), new TreeSet<>(classifier.definitions().stream().map(TopicDefinition::slug).toList()),
                    f.p(), f.r(), f.f1(), f.exact());
        }
    }

    public record Figures(int articles, double p, double r, double f1, double exact) {
    }

    /** Topic figures over the classifier's topics only (labels of other topics are left out). */
    public static Figures figures(TopicClassifier classifier, Path file, boolean printErrors) throws java.io.IOException {
        Set<String> slugs = new TreeSet<>(classifier.definitions().stream().map(TopicDefinition::slug).toList());
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        int exact = 0;
        int articles = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = ExtractionQualityTest.JSON.readTree(line);
            Set<String> want = new TreeSet<>();
            article.get("topics").forEach(t -> want.add(t.asText()));
            want.retainAll(slugs);
            List<TopicScore> scores = classifier.score(article.path("title").asText(""), article.get("text").asText());
            Set<String> got = new TreeSet<>(scores.stream().filter(TopicScore::assigned).map(TopicScore::topic).toList());
            articles++;
            gold += want.size();
            predicted += got.size();
            tp += (int) got.stream().filter(want::contains).count();
            if (want.equals(got)) {
                exact++;
            } else if (printErrors) {
                System.out.printf("  %s [%s]: labelled %s, assigned %s; evidence %s%n", article.get("id").asText(),
                        article.path("domain").asText(), want, got,
                        scores.stream().filter(s -> !s.evidence().isEmpty()).map(s -> s.topic() + "=" + s.evidence()).toList());
            }
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return new Figures(articles, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), (double) exact / articles);
    }
}
