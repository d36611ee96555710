package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * A definite description repeats the head of an earlier speaker's phrase and means the same speaker:
 * "the spokesperson" after "a spokesperson for the Ministry of Commerce", "the statement" after "a
 * statement from the club" (the head-match pass of the multi-pass sieve coreference system).
 */
final class SameHeadSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "same-head";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !discourse.isDescription(m) || m.isIndefinite()) {
            return Optional.empty();
        }
        return discourse.lastWithHead(m.lemma())
                .filter(s -> s.name() != null)
                .map(s -> new Speaker(s.name(), s.type(), m.phrase()));
    }
}
