package org.newswire.extraction;

import java.util.List;

/**
 * A topic's score for one article; {@code assigned} says whether it passed the decision rule, and
 * {@code evidence} which phrases made sentences count for it, so a user can see why.
 */
public record TopicScore(String topic, double score, boolean assigned, List<Evidence> evidence) {

    /** A phrase found in {@code sentences} sentences that supported the topic. */
    public record Evidence(String phrase, int sentences) {
    }
}
