package org.newswire.extraction.quote;

import org.junit.jupiter.api.Test;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.QuoteType;
import org.newswire.extraction.SharedPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote rules of shared/ANNOTATION.md on sentences taken from real wire copy. */
class QuoteStageTest {

    private static List<ExtractedQuote> quotes(String text) {
        return SharedPipeline.get().extract("", text).quotes();
    }

    private static ExtractedQuote only(String text) {
        List<ExtractedQuote> quotes = quotes(text);
        assertEquals(1, quotes.size(), () -> "expected one quote in: " + text + " but got " + quotes);
        return quotes.get(0);
    }

    @Test
    void indirectQuoteDropsThatAndTheFullStop() {
        ExtractedQuote q = only("Mr Peskov, who has been Mr Putin's spokesman since 2008, said that relations with the US have probably never been worse.");
        assertEquals("relations with the US have probably never been worse", q.span().text());
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals("Dmitry Peskov".equals(q.speaker()) ? "Dmitry Peskov" : "Peskov", q.speaker());
        assertEquals("Mr Peskov", q.speakerMention().text());
    }

    @Test
    void aClauseAfterTheVerbIsReportedHoweverTheParserHungIt() {
        // the parser hangs "said" inside the appositive, with no subject, and the clause over the words before it
        ExtractedQuote analyst = only("Maria Lopez, a senior credit analyst for Standard & Poor's, said Shell also holds the top "
                + "two spots for quarterly profit.");
        assertEquals("Shell also holds the top two spots for quarterly profit", analyst.span().text());
        assertEquals("Maria Lopez", analyst.speaker());
        // here it makes "says" the subject of "is", leaving the verb of saying no clause of its own
        assertEquals("now is not the time to reopen the trade deal with the European Union",
                only("Britain’s top diplomat says now is not the time to reopen the trade deal with the European Union.").span().text());
        assertTrue(quotes("Officials said to expect delays.").isEmpty(), "an infinitive is no reported clause");
    }

    @Test
    void aParticipleOfSayingKeepsTheClosingMarkOfItsMixedClause() {
        List<ExtractedQuote> qs = quotes("Kallas said the package would pass, stressing that the sanctions \"are working and are "
                + "severely hurting the Russian economy.\"");
        assertEquals("the sanctions \"are working and are severely hurting the Russian economy.\"", qs.get(1).span().text());
        assertEquals(QuoteType.MIXED, qs.get(1).type());
    }

    @Test
    void anOutletQuotingSomeonePassesOnThatPersonsWords() {
        assertEquals("Sergei Ryabkov", only("The state news agency RIA quoted Sergei Ryabkov as saying that Moscow would respond.").speaker());
        ExtractedQuote direct = only("\"It shows the trust producers have in SFF,\" Xinhua quoted Mirsad Purivatra, the festival's "
                + "director, as saying.");
        assertEquals("Mirsad Purivatra", direct.speaker());
        assertEquals(QuoteType.DIRECT, direct.type());
        assertEquals("Ashwini Vaishnaw", only("\"We expect an investment of Rs 3 lakh crore,\" the news agency reported quoting "
                + "minister Ashwini Vaishnaw.").speaker());
        assertEquals("Ashwini Vaishnaw", only("News agency PTI, quoting the minister Ashwini Vaishnaw at a press conference, reports "
                + "that India offers cheap data plans.").speaker());
        // a person quoting someone still speaks, and "citing" gives a reason, not a speaker
        assertEquals("Jane Smith", only("Jane Smith, quoting Churchill, said that the war would be long.").speaker());
        assertTrue(quotes("The chain reported higher sales, citing improvements in its supply chain.").isEmpty());
    }

    @Test
    void thisWasStatedByReportsTheParagraphBeforeIt() {
        ExtractedQuote q = only("OREANDA-NEWS. Moscow is not ready to extend the treaty on the terms proposed by Washington. "
                + "Therefore, the offer is an ultimatum. This was announced by Deputy Foreign Minister Sergey Ryabkov.\n\nTalks go on.");
        assertEquals("Moscow is not ready to extend the treaty on the terms proposed by Washington. Therefore, the offer is an ultimatum",
                q.span().text());
        assertEquals(QuoteType.INDIRECT, q.type());
        assertTrue(q.speaker().endsWith("Ryabkov"), q.speaker());
        // the paragraph before is not reported, and a demonstrative that is no subject frames nothing new
        assertTrue(quotes("The talks ended.\n\nThis was stated by the minister.").isEmpty());
    }

    @Test
    void quotedAsSayingReportsTheClauseAfterItWithTheSubjectAsSpeaker() {
        // the parser makes "as saying" marks of the clause, or "saying" an adjective of the clause's subject
        ExtractedQuote peskov = only("Peskov was quoted by TASS as saying Russia would respond.");
        assertEquals("Russia would respond", peskov.span().text());
        assertEquals("Peskov", peskov.speaker());
        ExtractedQuote fain = only("Fain was quoted by The Detroit News as saying the strike would go on.");
        assertEquals("the strike would go on", fain.span().text());
        assertEquals("Fain", fain.speaker());
    }

    @Test
    void aTranscriptLabelBeforeTheWordsNamesTheirSpeaker() {
        List<ExtractedQuote> qs = quotes("Sunrisers Eastern Cape beat MI Cape Town by eight wickets.\n\n"
                + "David Miller, winning captain: \"Tribe is a phenomenal player. Great turnaround for us.\"\n\n"
                + "Rashid Khan: \"Quite disappointing, to be honest. We didn't play as good as we can.\"");
        assertEquals(List.of("David Miller", "Rashid Khan"), qs.stream().map(ExtractedQuote::speaker).toList());
        assertEquals(List.of(QuoteType.DIRECT, QuoteType.DIRECT), qs.stream().map(ExtractedQuote::type).toList());
        // a label has no verb: a sentence with one before its colon is no label
        assertNull(only("Sunrisers won the final.\n\nThe crowd in Cape Town chanted loudly: \"We want more, we want more of this.\"").speaker());
    }

    @Test
    void aSentenceOfSayingEndingInACommaIntroducesTheQuotationOnTheNextLine() {
        ExtractedQuote q = only("Mary Schweitzer led the study.\nShe continued by saying,\n"
                + "'We hope that this study will encourage scientists to push current limits.'");
        assertEquals("Mary Schweitzer", q.speaker());
        assertEquals("She", q.speakerMention().text());
    }

    @Test
    void aPastTenseTheTaggerReadAsAParticipleStillMakesTheClauseBeforeTheAttribution() {
        // the tagger reads "reopened" after "The road" as VBN; the parse gives it its subject
        ExtractedQuote q = only("The road reopened on Monday, the company said.");
        assertEquals("The road reopened on Monday", q.span().text());
        assertEquals(QuoteType.INDIRECT, q.type());
    }

    @Test
    void aCurlyApostropheCliticAfterAPronounIsTheClausesVerb() {
        // the tagger reads "’s" after "he" as a possessive; with a straight apostrophe it reads the verb
        ExtractedQuote q = only("UEFA president Aleksander Ceferin said he’s against the Super League.");
        assertEquals("he’s against the Super League", q.span().text());
        assertEquals("Aleksander Ceferin", q.speaker());
        assertEquals("it’s time to act", only("The mayor said it’s time to act.").span().text());
    }

    @Test
    void anOutletCitedAfterAWholeReportOfSpeechOnlyPassesItOn() {
        String text = "T-Mobile said a hacker had stolen data on 37 million accounts. "
                + "The company added that financial information was not compromised, CNBC reported.";
        List<ExtractedQuote> qs = quotes(text);
        assertEquals(List.of("a hacker had stolen data on 37 million accounts", "financial information was not compromised"),
                qs.stream().map(q -> q.span().text()).toList());
        assertTrue(qs.stream().allMatch(q -> "T-Mobile".equals(q.speaker())), qs::toString);
    }

    @Test
    void aFrameEndingInAColonIntroducesTheQuotationAfterIt() {
        String text = "Holmes, a retired teacher from Peterborough, said: \"I've never even had a telescope.\n\n"
                + "Being the one to find something is a very exciting position.\" Dr Chris Lintott at Oxford University said: "
                + "\"The candidate planet is unlikely to have life because it is too hot.\"";
        List<ExtractedQuote> qs = quotes(text);
        assertEquals(3, qs.size(), qs::toString);
        assertEquals("Being the one to find something is a very exciting position.", qs.get(1).span().text());
        assertEquals("Holmes", qs.get(1).speaker());
        assertEquals("Chris Lintott", qs.get(2).speaker());
    }

    @Test
    void aQuotationOpeningAParagraphAfterSpeechWithoutWordsGivesThem() {
        String text = "Cape Verde won 2-1 in Praia. Speaking at a post-match press conference, Chris Hughton expressed his "
                + "disappointment in his side for the last goal.\n\n“You can’t concede the kind of goal that we did in the last "
                + "moments of the game.”";
        assertEquals("Chris Hughton", only(text).speaker());
    }

    @Test
    void invertedAttributionDropsTheAttribution() {
        ExtractedQuote q = only("Russia will not meddle in the US election, Kremlin spokesman Dmitry Peskov said on Wednesday.");
        assertEquals("Russia will not meddle in the US election", q.span().text());
        assertEquals("Dmitry Peskov", q.speaker());
        assertEquals("Kremlin spokesman Dmitry Peskov", q.speakerMention().text());
    }

    @Test
    void clauseWithQuotedPiecesIsMixed() {
        ExtractedQuote q = only("U.S. Treasury Secretary Janet Yellen said “further costs” could be imposed on Russia for its “appalling” behaviour.");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("“further costs” could be imposed on Russia for its “appalling” behaviour", q.span().text());
        assertEquals("Janet Yellen", q.speaker());
    }

    @Test
    void aNameInsideTheQuotedWordsIsNeverItsSpeaker() {
        List<ExtractedQuote> qs = quotes("Kaja Kallas spoke after the meeting in Krakow. The EU official noted that \"Russia poses a major threat,\" "
                + "describing China as \"a long term challenge.\"");
        assertTrue(!qs.isEmpty() && qs.stream().allMatch(q -> "Kaja Kallas".equals(q.speaker())), qs.toString());
    }

    @Test
    void twoClausesJoinedByAndThatAreTwoItems() {
        List<ExtractedQuote> qs = quotes("Ryabkov said the talks would resume in Geneva and that Moscow was ready to discuss inspections.");
        assertEquals(List.of("the talks would resume in Geneva", "Moscow was ready to discuss inspections"),
                qs.stream().map(q -> q.span().text()).toList());
    }

    @Test
    void quoteSplitByAttributionGivesTwoItemsWithOneSpeaker() {
        List<ExtractedQuote> qs = quotes("\"We have never interfered in election campaigns,\" Peskov stressed. \"We're not going to do it this time either.\"");
        assertEquals(2, qs.size());
        assertEquals("We have never interfered in election campaigns", qs.get(0).span().text());
        assertEquals("We're not going to do it this time either.", qs.get(1).span().text());
        assertEquals("Peskov", qs.get(1).speaker());
    }

    @Test
    void pronounsResolveToThePersonLastQuoted() {
        List<ExtractedQuote> qs = quotes("Russian Deputy Foreign Minister Sergei Ryabkov spoke to reporters in Moscow.\n\n"
                + "\"This would be in the interests of both sides,\" he stressed.");
        ExtractedQuote q = qs.get(qs.size() - 1);
        assertEquals("Sergei Ryabkov", q.speaker());
        assertEquals("he", q.speakerMention().text());
    }

    @Test
    void unnamedSpokespersonOfABodyIsTheBody() {
        ExtractedQuote q = only("A spokesperson for the Kremlin said Russia would respond to any new sanctions.");
        assertEquals("Kremlin", q.speaker());
    }

    @Test
    void capitalStandingForAGovernmentSpeaksAsTheCountry() {
        ExtractedQuote q = only("Moscow said the new restrictions were illegal.");
        assertEquals("Russia", q.speaker());
        assertEquals("Moscow", q.speakerMention().text());
    }

    @Test
    void clauseTheParserTookForAnObjectIsStillReported() {
        ExtractedQuote q = only("Mr Peskov said any attempt from abroad to interfere in Russia's presidential election later in March would be prevented.");
        assertEquals("any attempt from abroad to interfere in Russia's presidential election later in March would be prevented", q.span().text());
        assertTrue(quotes("Peskov denied the accusations, which were published on Monday.").isEmpty());
    }

    @Test
    void nounPhraseAndInfinitiveComplementsAreNotQuotes() {
        assertTrue(quotes("Peskov denied the accusations.").isEmpty());
        assertTrue(quotes("Western leaders called on Moscow to cease hostilities.").isEmpty());
        assertTrue(quotes("Washington threatened to impose sanctions on Russian banks.").isEmpty());
    }

    @Test
    void agenciesPassingOnFactsAreNotSpeakers() {
        assertTrue(quotes("TASS reported that the talks had ended.").isEmpty());
        // an outlet the tagger did not name, in a description, still only passes on what the minister said
        List<ExtractedQuote> passedOn = quotes("Foreign Minister Sergei Lavrov called the new measures “theft” and “piracy,” "
                + "according to the Vedomosti business daily.");
        assertEquals(List.of("theft", "piracy"), passedOn.stream().map(q -> q.span().text()).toList());
        assertTrue(passedOn.stream().allMatch(q -> "Sergei Lavrov".equals(q.speaker())), passedOn.toString());
    }

    @Test
    void scareQuotesWithNoSpeakerAreNotQuotes() {
        assertTrue(quotes("The oligarch has been sanctioned for running a \"troll factory\" in St Petersburg.").isEmpty());
    }

    @Test
    void shortPhraseAttributedByAVerbCounts() {
        ExtractedQuote q = only("China accused the United States of \"unreasonable and unnecessary escalation\" on Friday.");
        assertEquals("unreasonable and unnecessary escalation", q.span().text());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("China", q.speaker());
    }

    @Test
    void headlineSpeakerColonClaim() {
        List<ExtractedQuote> qs = quotes("Peskov: Kyiv’s sanctions against Putin may be a fake\n\nThe Verkhovna Rada adopted a decree on Monday.");
        assertEquals("Kyiv’s sanctions against Putin may be a fake", qs.get(0).span().text());
        assertEquals("Peskov", qs.get(0).speaker());
    }

    @Test
    void ofTwoSubjectsOfTheVerbTheNameSpeaks() {
        ExtractedQuote q = only("Finance manager at the church, Richard Slisher said: \u201cIt was a joyous occasion, it was very special for the parishioners.\u201d");
        assertEquals("Richard Slisher", q.speaker());
    }

    @Test
    void aCreditLineThatIsOneNameIsNoHeadlineClaim() {
        List<ExtractedQuote> qs = quotes("Maksim Kabakou - Fotolia\n\nCeX breach shows personal data is still vulnerable\n\n"
                + "CeX said an unauthorised third party had accessed the data.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("an unauthorised third party had accessed the data", qs.get(0).span().text());
    }

    @Test
    void blockQuotationAfterAColon() {
        List<ExtractedQuote> qs = quotes("The Russian Foreign Ministry put out a statement after the halt, claiming:\n\n"
                + "Our goal is to bring an end to this unacceptable situation.");
        ExtractedQuote q = qs.get(qs.size() - 1);
        assertEquals("Our goal is to bring an end to this unacceptable situation.", q.span().text());
        assertEquals(QuoteType.DIRECT, q.type());
    }

    @Test
    void documentGetsTheBodyThatIssuedIt() {
        ExtractedQuote q = only("The indictment says that the Internet Research Agency sought to \"sow discord\" in the American political system.");
        assertEquals("grand jury", q.speaker());
        assertEquals(QuoteType.MIXED, q.type());
    }

    @Test
    void noOneNamedMeansNullSpeaker() {
        ExtractedQuote q = only("Russian officials said the sanctions would have no effect.");
        assertNull(q.speaker());
        assertEquals("Russian officials", q.speakerMention().text());
    }
}
