package org.newswire.extraction.topic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicPhraseTest {

    @Test
    void wordsMatchWholeAndInAnyCase() {
        TopicPhrase p = TopicPhrase.parse("arms control");
        assertTrue(p.foundIn("Talks on ARMS  Control resumed."));
        assertFalse(p.foundIn("farms controlled by the state"));
    }

    @Test
    void anEndingWildcardAlternativesAndOptionalItems() {
        TopicPhrase p = TopicPhrase.parse("(meddl*|interfer*) in _? (election|elections)");
        assertTrue(p.foundIn("accused of meddling in elections"));
        assertTrue(p.foundIn("interfered in the election"));
        assertFalse(p.foundIn("interfered in the 2016 US election"), "one optional word, not three");
        TopicPhrase dated = TopicPhrase.parse("(the)? #? (US|U.S.)? election");
        assertTrue(dated.foundIn("before the 2024 U.S. election"));
        assertTrue(dated.foundIn("2024 election"));
        assertTrue(dated.foundIn("an election"));
    }

    @Test
    void punctuationInsideWordsAndNonLatinLetters() {
        assertTrue(TopicPhrase.parse("U.S. (election|elections)").foundIn("the U.S. elections"));
        assertTrue(TopicPhrase.parse("Nord Stream").foundIn("the Nord Stream pipelines"));
        assertTrue(TopicPhrase.parse("(OPEC+|IEA) cuts").foundIn("after the OPEC+ cuts"));
        assertTrue(TopicPhrase.parse("énergie").foundIn("la sécurité ÉNERGIE"));
        assertFalse(TopicPhrase.parse("énergie").foundIn("énergies"));
    }

    @Test
    void whatIsNotAPhraseIsRefusedWithTheReason() {
        assertEquals("phrase 'sanctions (on': a '(' is not closed",
                assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("sanctions (on")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("((a|b)|c)"));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("a.*b"));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("[a-z]+"));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("word?"));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("_? (a)?"));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("(a|)"));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("   "));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("x".repeat(201)));
        assertThrows(IllegalArgumentException.class, () -> TopicPhrase.parse("a b c d e f g h i j k l m"));
    }

    @Test
    void optionalWordsDoNotBacktrackWithoutBound() {
        TopicPhrase p = TopicPhrase.parse("_? _? _? _? _? _? (x|y) z");
        String text = "a ".repeat(50_000);
        long t0 = System.nanoTime();
        assertFalse(p.foundIn(text));
        // generous bound: unbounded backtracking over 100,000 characters would take minutes
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }
}
