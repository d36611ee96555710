package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * A quotation no verb in its sentence attributes carries on the conversation: it is the speaker of
 * the quote before it ("“A,” she said. “B.”", and the paragraphs of a long quotation).
 */
final class CarryOverSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "carry-over";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        if (attribution.hasMention()) {
            return Optional.empty();
        }
        return discourse.previousSpeaker().filter(s -> s.mention() != null);
    }
}
