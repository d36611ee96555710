package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * One pass of speaker attribution, as in CoreNLP's QuoteAttribution and the multi-pass sieve
 * coreference system: sieves run in order, precise ones first, and each resolves only the
 * attributions it is sure of. An empty answer leaves the attribution to the sieves after it; a
 * speaker with no name is an answer ("officials said": no one named).
 */
public interface SpeakerSieve {

    /** A short name for ablation tables and logs. */
    String name();

    Optional<Speaker> resolve(Attribution attribution, Discourse discourse);
}
