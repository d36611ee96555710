package org.newswire.extraction.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteMarksTest {

    private static List<String> contents(String text) {
        return QuoteMarks.find(text).stream().map(q -> q.content().text()).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotesWithTheTrailingCommaDropped() {
        assertEquals(List.of("We never interfered in elections in the US.", "And this time, we do not intend to interfere"),
                contents("Peskov said: “We never interfered in elections in the US.”\n\n\"And this time, we do not intend to interfere,\" he said."));
    }

    @Test
    void singleQuotesAreToldApartFromApostrophes() {
        assertEquals(List.of("degrade Putin's capabilities"),
                contents("Treasury Sec. says fresh attempts will 'degrade Putin's capabilities' in Ukraine war"));
        assertEquals(List.of(), contents("Russia’s Deputy Foreign Minister said the treaty’s future was unclear."));
    }

    @Test
    void quotesNestedInADoubleQuoteAreNotReported() {
        assertEquals(List.of("They call it ‘collusion’ and we reject it."),
                contents("\"They call it ‘collusion’ and we reject it.\" he said."));
    }

    @Test
    void doubleApostropheCloser() {
        assertEquals(List.of("We will respond wisely"), contents("``We will respond wisely,'' Peskov added."));
    }

    @Test
    void aQuoteRunningOverParagraphsGivesOneItemPerParagraph() {
        String text = "\"I am ready to present this package to the Council.\n\nI will introduce it as soon as the need arises,\" he added.";
        assertEquals(List.of("I am ready to present this package to the Council.", "I will introduce it as soon as the need arises"),
                contents(text));
    }
}
