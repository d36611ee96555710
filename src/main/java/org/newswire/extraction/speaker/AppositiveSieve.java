package org.newswire.extraction.speaker;

import java.util.Optional;

/** A description with a name set beside it speaks as that name: "Her coach, Peter Otieno, said …". */
final class AppositiveSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "appositive";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || m.appositive() == null) {
            return Optional.empty();
        }
        return discourse.bestIn(m.appositive()).map(o -> discourse.named(o, m.phrase()));
    }
}
