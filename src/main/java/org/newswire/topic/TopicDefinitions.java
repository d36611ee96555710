package org.newswire.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newswire.api.ApiProblem;
import org.newswire.api.InputText;
import org.newswire.api.Problem;
import org.newswire.extraction.TopicScore;
import org.newswire.extraction.topic.TopicDefinition;
import org.newswire.extraction.topic.TopicDefinition.WeightedPhrase;
import org.newswire.extraction.topic.TopicPhrase;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Topic definitions as users send them, as the database stores them, and the checks between. */
public final class TopicDefinitions {

    static final int MAX_PHRASES = 200;
    static final int MAX_NEGATIVE_PHRASES = 100;
    static final double MAX_WEIGHT = 10;
    public static final int MAX_JSON = 100_000;
    public static final int MAX_EVIDENCE_JSON = 4000;
    private static final int MAX_EVIDENCE = 20;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicDefinitions() {
    }

    @Schema(name = "TopicDefinitionInput", description = "A topic definition. Phrases use a small safe language: words match whole "
            + "and case-insensitively, word* any ending, (a|b c) alternatives, (…)? or _? optional, _ any one word, # a number. "
            + "A sentence counts for the topic when its phrase weights add up to 1 and no negative phrase is in it; an article gets "
            + "the topic when its headline or lead counts, or two sentences do.")
    public record Input(@Schema(example = "energy-security", description = "Lower-case words joined by hyphens, at most 40 characters; "
                                + "on PUT it may be left out, or must be the path's") String slug,
                        @Schema(example = "Energy security") String label,
                        @Schema(example = "Gas and oil supply, pipelines, power grids and the politics of energy") String description,
                        List<WeightedPhrase> phrases,
                        @Schema(example = "[\"energy drink\", \"team energy\"]") List<String> negativePhrases) {
    }

    private record Stored(List<WeightedPhrase> phrases, List<String> negativePhrases) {
    }

    /** The checked definition, or a 400 listing every field that is wrong. */
    static TopicDefinition check(Input input, String pathSlug, boolean builtIn) {
        if (input == null) {
            throw ApiProblem.badField("body", "a topic definition is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String slug = input.slug() == null ? pathSlug : input.slug().strip();
        if (slug == null || slug.isEmpty()) {
            errors.add(new Problem.FieldError("slug", "is required"));
        } else if (slug.length() > 40 || !SLUG.matcher(slug).matches()) {
            errors.add(new Problem.FieldError("slug", "'" + abbreviate(slug) + "' is not lower-case words joined by hyphens, at most 40 characters"));
        } else if (pathSlug != null && !slug.equals(pathSlug)) {
            errors.add(new Problem.FieldError("slug", "'" + slug + "' differs from the path's '" + pathSlug + "'; a topic's slug cannot change"));
        }
        String label = input.label() == null ? "" : input.label().strip();
        if (label.isEmpty() || label.length() > 100) {
            errors.add(new Problem.FieldError("label", "is required, at most 100 characters"));
        }
        String description = input.description() == null ? "" : input.description().strip();
        if (description.length() > 1000) {
            errors.add(new Problem.FieldError("description", "is longer than 1000 characters"));
        }
        errors.addAll(textErrors("label", label));
        errors.addAll(textErrors("description", description));
        List<WeightedPhrase> phrases = input.phrases() == null ? List.of() : input.phrases();
        List<String> negatives = input.negativePhrases() == null ? List.of() : input.negativePhrases();
        if (phrases.isEmpty() || phrases.size() > MAX_PHRASES) {
            errors.add(new Problem.FieldError("phrases", "give 1 to " + MAX_PHRASES + " phrases"));
        }
        if (negatives.size() > MAX_NEGATIVE_PHRASES) {
            errors.add(new Problem.FieldError("negativePhrases", "at most " + MAX_NEGATIVE_PHRASES));
        }
        double total = 0;
        for (int i = 0; i < phrases.size(); i++) {
            WeightedPhrase p = phrases.get(i);
            String field = "phrases[" + i + "]";
            if (p == null) {
                errors.add(new Problem.FieldError(field, "is null"));
                continue;
            }
            if (!(p.weight() > 0 && p.weight() <= MAX_WEIGHT)) {
                errors.add(new Problem.FieldError(field + ".weight", "must be above 0 and at most " + (int) MAX_WEIGHT));
            } else {
                total += p.weight();
            }
            errors.addAll(phraseErrors(field + ".phrase", p.phrase()));
        }
        for (int i = 0; i < negatives.size(); i++) {
            errors.addAll(phraseErrors("negativePhrases[" + i + "]", negatives.get(i)));
        }
        if (!phrases.isEmpty() && total > 0 && total < 1) {
            errors.add(new Problem.FieldError("phrases", "the weights add up to less than 1, so no sentence could ever count"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        TopicDefinition definition = new TopicDefinition(slug, label, description, builtIn,
                phrases.stream().map(p -> new WeightedPhrase(p.phrase().strip(), p.weight())).toList(),
                negatives.stream().map(String::strip).toList());
        if (phrasesJson(definition).length() > MAX_JSON) {
            throw ApiProblem.badField("phrases", "the definition is larger than " + MAX_JSON + " characters");
        }
        return definition;
    }

    private static List<Problem.FieldError> phraseErrors(String field, String phrase) {
        try {
            TopicPhrase.parse(phrase);
            return textErrors(field, phrase);
        } catch (IllegalArgumentException e) {
            return List.of(new Problem.FieldError(field, e.getMessage()));
        }
    }

    private static List<Problem.FieldError> textErrors(String field, String text) {
        try {
            InputText.checkLine(field, text);
            return List.of();
        } catch (ApiProblem e) {
            return e.errors();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "…";
    }

    public static String phrasesJson(TopicDefinition d) {
        return write(new Stored(d.phrases(), d.negativePhrases()));
    }

    static TopicDefinition of(Topic topic) {
        Stored stored = read(topic.definition, new TypeReference<>() { });
        return new TopicDefinition(topic.slug, topic.label, topic.description, topic.builtIn, stored.phrases(), stored.negativePhrases());
    }

    /** The strongest evidence first, as much as fits the column. */
    public static String evidenceJson(List<TopicScore.Evidence> evidence) {
        List<TopicScore.Evidence> kept = new ArrayList<>(evidence.stream()
                .sorted((a, b) -> Integer.compare(b.sentences(), a.sentences())).limit(MAX_EVIDENCE).toList());
        String json = write(kept);
        while (json.length() > MAX_EVIDENCE_JSON) {
            kept.remove(kept.size() - 1);
            json = write(kept);
        }
        return json;
    }

    public static List<TopicScore.Evidence> evidence(String json) {
        return json == null ? List.of() : read(json, new TypeReference<>() { });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
