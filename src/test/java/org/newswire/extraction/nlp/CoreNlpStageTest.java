package org.newswire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;
import org.newswire.extraction.Document;
import org.newswire.extraction.SharedPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The standard pipeline parses only the sentences the quote rules may read. */
class CoreNlpStageTest {

    @Test
    void sentencesWithAVerbOfSayingOrAccordingAreParsedTheRestAreNot() {
        Document d = new Document("", "The talks in Geneva ended on Friday.\n"
                + "Kremlin spokesman Dmitry Peskov said relations would remain bad.\n"
                + "Washington imposed new sanctions on Moscow.\n"
                + "According to Ryabkov, inspections will not resume.");
        SharedPipeline.get().process(d);
        List<SemanticGraph> graphs = d.annotation().get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map((CoreMap s) -> s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)).toList();
        assertEquals(4, graphs.size());
        assertTrue(graphs.get(0).isEmpty(), "no verb of saying: not parsed");
        assertEquals("said", graphs.get(1).getFirstRoot().word());
        assertEquals("nsubj", graphs.get(1).getEdge(graphs.get(1).getFirstRoot(),
                graphs.get(1).getNodeByWordPattern("Peskov")).getRelation().toString());
        assertTrue(graphs.get(2).isEmpty(), "'imposed' is not a verb of saying: not parsed");
        assertEquals(9, graphs.get(3).size(), "'according' opens a frame: every word parsed (punctuation is not in the graph)");
        assertEquals(List.of("relations would remain bad", "inspections will not resume"),
                d.quotes().stream().map(q -> q.span().text()).toList(), "and the quote rules still find both reports");
    }

    @Test
    void linesWrappedInsideASentenceAreJoinedAndHeadlinesAndParagraphsAreNot() {
        String wrapped = "IOC regrets ruling\n"
                + "A decision to overturn the\n"
                + "Olympic life bans of 28 Russian athletes \"may have a serious impact on\n"
                + "the future fight against doping\", says the International Olympic\n"
                + "Committee (IOC).\n"
                + "The Court of Arbitration for Sport overturned the suspensions.";
        String joined = CoreNlpStage.unwrapLines(wrapped);
        assertEquals(wrapped.length(), joined.length(), "offsets keep pointing into the original");
        assertEquals(List.of("IOC regrets ruling",
                "A decision to overturn the Olympic life bans of 28 Russian athletes \"may have a serious impact on the future fight "
                        + "against doping\", says the International Olympic Committee (IOC).",
                "The Court of Arbitration for Sport overturned the suspensions."), List.of(joined.split("\n")));
        String news = "Kremlin says new sanctions will not change course\nMOSCOW, April 15 (Newswire) - The Kremlin said on Monday.\n\nPeskov said so";
        assertEquals(news, CoreNlpStage.unwrapLines(news));
    }

    @Test
    void aDatelineEndsAtItsDashOrColonAndAShortAcronymBeforeAColonIsNoDateline() {
        assertEquals("MOSCOW\n Russia will soon discuss it, the speaker said.",
                CoreNlpStage.forTokenizer("MOSCOW: Russia will soon discuss it, the speaker said."));
        assertEquals("NEW DELHI (IANS) \n The court ruled.", CoreNlpStage.forTokenizer("NEW DELHI (IANS) - The court ruled."));
        assertEquals("EU: New sanctions agreed", CoreNlpStage.forTokenizer("EU: New sanctions agreed"));
        // a page's date stamp, then a dateline: each a line of its own
        assertEquals(" date 2019-11-07\nMONTREAL \n Saputo said profit rose.",
                CoreNlpStage.forTokenizer(" date 2019-11-07 MONTREAL - Saputo said profit rose."));
        assertEquals("Asked for a date 2019-11-07 suited him.", CoreNlpStage.forTokenizer("Asked for a date 2019-11-07 suited him."));
    }

    @Test
    void aDashTheEncodingTurnedIntoAQuestionMarkIsADash() {
        assertEquals("Grunsfeld - a former astronaut - suggested it.", CoreNlpStage.forTokenizer("Grunsfeld ? a former astronaut ? suggested it."));
        assertEquals("Why now? She asked.", CoreNlpStage.forTokenizer("Why now? She asked."));
    }
}
