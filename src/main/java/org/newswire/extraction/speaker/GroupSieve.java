package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * A group with no named body in its phrase ("officials", "analysts", "Russian officials", "some",
 * "Hugh Masekela's family": relatives are not the person they are related to) names no one: the
 * answer is a speaker without a name, so no later sieve gives it to a person. A group noun that is
 * part of a body's name named before speaks for that body ("Police said" after "the Chatham-Kent
 * Police Service").
 */
final class GroupSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "group";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || m.isPronoun()) {
            return Optional.empty();
        }
        boolean group = ((m.isPlural() || m.lemma().equalsIgnoreCase("family")) && !m.isProperNoun())
                || m.head().tag().equals("DT") || m.head().tag().equals("CD");
        if (!group) {
            return Optional.empty();
        }
        return Optional.of(discourse.bodyNamedWith(m.word(), attribution.position())
                .map(o -> discourse.named(o, m.phrase()))
                .orElse(Speaker.unnamed(m.phrase())));
    }
}
