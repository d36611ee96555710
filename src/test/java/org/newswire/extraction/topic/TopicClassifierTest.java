package org.newswire.extraction.topic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newswire.extraction.TopicScore;
import org.newswire.extraction.topic.TopicDefinition.WeightedPhrase;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicClassifierTest {

    private final TopicClassifier builtIns = new TopicClassifier(TopicClassifier.builtIns());

    private static List<String> assigned(TopicClassifier classifier, String title, String text) {
        return classifier.score(title, text).stream().filter(TopicScore::assigned).map(TopicScore::topic).toList();
    }

    @Test
    void mainSubjectFromTheHeadline() {
        assertEquals(List.of("arms-control"), assigned(builtIns, "Russia pauses New START inspections",
                "Moscow said on Monday it would keep talking. The talks will go on."));
    }

    @Test
    void twoSupportingSentencesAssignATopicOutsideTheLead() {
        String body = "Leaders met in Bali. The weather was fine. The Treasury imposed sanctions on 14 individuals. "
                + "Further sanctions would follow, Yellen said.";
        assertEquals(List.of("sanctions"), assigned(builtIns, "", body));
    }

    @Test
    void aSingleKeywordInPassingIsNotEnough() {
        assertTrue(assigned(builtIns, "", "Leaders met in Bali. The weather was fine. Trade was discussed. "
                + "One delegate mentioned sanctions in passing.").isEmpty());
    }

    @Test
    void weakPhrasesNeedAPartner() {
        assertTrue(assigned(builtIns, "", "Leaders met in Bali. The weather was fine. The treaty was signed in 2010. "
                + "Inspections continued, officials said.").isEmpty(), "treaty and inspections alone in separate sentences are weak");
    }

    @Test
    void aHeadlineLineWithoutAFullStopIsASentenceOfItsOwn() {
        assertEquals(List.of("sanctions"), assigned(builtIns, "", "EU agrees new sanctions on Iran\nLeaders met on Monday. They talked."));
    }

    @Test
    void theEvidenceNamesThePhrasesAndHowManySentencesTheyCarried() {
        TopicScore sanctions = builtIns.score("", "The Treasury imposed sanctions. More sanctions came. Then frozen assets.").stream()
                .filter(s -> s.topic().equals("sanctions")).findFirst().orElseThrow();
        assertEquals(List.of(new TopicScore.Evidence("(sanction|sanctions)", 2),
                        new TopicScore.Evidence("(Treasury|OFAC|Office of Foreign Assets Control)", 1),
                        new TopicScore.Evidence("(asset freeze|asset freezes|frozen assets|export control|export controls|embargo*|price cap|blacklist*)", 1)),
                sanctions.evidence());
    }

    /**
     * The built-ins' words in another sense: a club's presidential election (two real reports), a football
     * body's sanctions on clubs, a transfer-spending "arms race", a surgery on a patient's arms.
     */
    @ParameterizedTest
    @ValueSource(strings = {"laporta", "calderon", "uefa", "armsrace", "surgery"})
    void wordsOfTheTopicsInAnotherSenseAssignNone(String name) throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/topics/off-topic/" + name + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), assigned(builtIns, "", text), name);
    }

    @Test
    void aNegativePhraseKeepsItsSentenceFromCounting() {
        TopicDefinition energy = new TopicDefinition("energy-security", "Energy security", "", false,
                List.of(new WeightedPhrase("energy (security|supply|supplies)", 1), new WeightedPhrase("(gas|oil) pipeline*", 1)),
                List.of("energy drink*"));
        TopicClassifier classifier = new TopicClassifier(List.of(energy));
        assertEquals(List.of("energy-security"), assigned(classifier, "Europe fears for its energy supply", "Ministers met."));
        assertTrue(assigned(classifier, "Energy drinks maker warns on energy supply", "Ministers met.").isEmpty());
        assertEquals(List.of("energy-security"), assigned(classifier, "", "Ministers met. A gas pipeline was hit. Oil pipelines too."));
    }
}
