package org.newswire.extraction.quote;

import org.newswire.extraction.Resources;

import java.util.HashSet;
import java.util.Set;

/** Word lists the quote rules use, read from {@code extraction/*.txt} so they can be tuned as data. */
final class SpeechLexicon {

    /** Verbs of saying whose finite clause complement is reported speech. */
    final Set<String> sayVerbs = Set.copyOf(Resources.lines("say-verbs.txt"));
    /** Verbs that attribute a short quoted phrase to their subject ("accused X of “…”", "called it “…”"). */
    final Set<String> phraseVerbs = Set.copyOf(Resources.lines("phrase-verbs.txt"));
    /** Nouns naming a role, resolved to the person last quoted ("the spokesman"). */
    final Set<String> roleNouns = Set.copyOf(Resources.lines("role-nouns.txt"));
    /** Nouns standing for an organisation named earlier ("the ministry said"). */
    final Set<String> bodyNouns = Set.copyOf(Resources.lines("body-nouns.txt"));
    private final Set<String> media;
    private final Set<String> mediaEndings;

    SpeechLexicon() {
        Set<String> names = new HashSet<>();
        Set<String> endings = new HashSet<>();
        for (String name : Resources.lines("media.txt")) {
            if (name.startsWith("…")) {
                endings.add(name.substring(1));
                continue;
            }
            names.add(name);
            names.add("the " + name);
            names.add("The " + name);
        }
        this.media = Set.copyOf(names);
        this.mediaEndings = Set.copyOf(endings);
    }

    /** A news outlet: one of the list, or a name of several words ending the way publications' names do ("Military Times"). */
    boolean isMedia(String name) {
        return media.contains(name) || mediaEndings.stream().anyMatch(e -> name.endsWith(" " + e));
    }
}
