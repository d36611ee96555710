package org.newswire.extraction.topic;

import java.util.List;

/**
 * What a topic is, as data: phrases whose weights add up sentence by sentence, and negative phrases
 * that keep a sentence from counting (a football body's "sanctions" on a club). Built-in topics are
 * defined the same way; {@code builtIn} only stops them being deleted.
 */
public record TopicDefinition(String slug, String label, String description, boolean builtIn,
                              List<WeightedPhrase> phrases, List<String> negativePhrases) {

    public record WeightedPhrase(String phrase, double weight) {
    }

    public TopicDefinition {
        phrases = List.copyOf(phrases);
        negativePhrases = negativePhrases == null ? List.of() : List.copyOf(negativePhrases);
    }
}
