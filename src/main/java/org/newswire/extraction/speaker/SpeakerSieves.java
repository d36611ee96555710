package org.newswire.extraction.speaker;

import org.newswire.extraction.mention.AliasTable;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered sieves of speaker attribution, most precise first, and the loop that runs them: an
 * attribution goes to the first sieve that resolves it; what no sieve resolves names no one. The
 * caller records each quote's speaker in the {@link Discourse}, in text order, for the pronouns and
 * descriptions after it.
 */
public final class SpeakerSieves {

    private final List<SpeakerSieve> sieves;

    private SpeakerSieves(List<SpeakerSieve> sieves) {
        this.sieves = List.copyOf(sieves);
    }

    public static SpeakerSieves standard() {
        return new SpeakerSieves(all());
    }

    /** The standard order without the named sieves, to measure what each one is worth. */
    public static SpeakerSieves without(Set<String> names) {
        return new SpeakerSieves(all().stream().filter(s -> !names.contains(s.name())).toList());
    }

    private static List<SpeakerSieve> all() {
        return List.of(
                new NamedSubjectSieve(),
                new UntaggedNameSieve(),
                new AppositiveSieve(),
                new CountryMinistrySieve(),
                new BodyInPhraseSieve(),
                new GroupSieve(),
                new PronounSieve(),
                new HeadlineSieve(),
                new SameHeadSieve(),
                new RoleDescriptionSieve(),
                new BodyDescriptionSieve(AliasTable.load("document-issuers.tsv")),
                new CarryOverSieve());
    }

    public static List<String> names() {
        return all().stream().map(SpeakerSieve::name).toList();
    }

    public Speaker resolve(Attribution attribution, Discourse discourse) {
        Speaker speaker = null;
        for (SpeakerSieve sieve : sieves) {
            Optional<Speaker> found = sieve.resolve(attribution, discourse);
            if (found.isPresent()) {
                speaker = found.get().by(sieve.name());
                break;
            }
        }
        if (speaker == null) {
            speaker = attribution.hasMention() ? Speaker.unnamed(attribution.mention().phrase()) : Speaker.unnamed(null);
        }
        return speaker;
    }
}
