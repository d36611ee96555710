package org.newswire.extraction;

/** A topic's score for one article; {@code assigned} says whether it passed the decision rule. */
public record TopicScore(TopicSlug topic, double score, boolean assigned) {
}
