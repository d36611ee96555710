package org.newswire.extraction.speaker;

/**
 * One quote's link to its speaker, in text order: where it is, and the naming phrase of the verb of
 * saying that attributes it (null for a quotation no verb in its sentence attributes).
 */
public record Attribution(int position, int sentence, int paragraph, Mention mention) {

    public boolean hasMention() {
        return mention != null;
    }
}
