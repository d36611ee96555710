package org.newswire.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.SharedPipeline;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The pattern suite: each ordinary attribution form of news copy, with names from several domains,
 * must come out exactly as the conventions of shared/ANNOTATION.md say (text, type and speaker of
 * every quote, and nothing else), and the non-quotes must give nothing.
 */
class AttributionPatternTest {

    /** One expected quote: "type | speaker | text" (speaker "-" for none). */
    private static String q(String type, String speaker, String text) {
        return type + " | " + speaker + " | " + text;
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                // "Q," X said.
                arguments("quote, name said", "\"The sanctions do not hurt us,\" Kremlin spokesman Dmitry Peskov said.",
                        List.of(q("direct", "Dmitry Peskov", "The sanctions do not hurt us"))),
                arguments("quote, title org name said", "\"Violence has no place in football,\" UEFA president Aleksander Ceferin said.",
                        List.of(q("direct", "Aleksander Ceferin", "Violence has no place in football"))),
                arguments("quote, title name said (business)", "“We expect a strong fourth quarter,” Siemens chief executive Roland Busch said on Thursday.",
                        List.of(q("direct", "Roland Busch", "We expect a strong fourth quarter"))),
                arguments("quote, short name said", "\"We were simply not good enough today,\" Guardiola said.",
                        List.of(q("direct", "Guardiola", "We were simply not good enough today"))),
                arguments("question, pronoun said", "Pep Guardiola was asked about the title race. \u201cWhy would we stop now?\u201d he said.",
                        List.of(q("direct", "Pep Guardiola", "Why would we stop now?"))),
                arguments("exclamation, title said", "Venezuelan President Nicolas Maduro rejected the sanctions. \"This is a disgrace!\" the Venezuelan president said in a speech.",
                        List.of(q("direct", "Nicolas Maduro", "This is a disgrace!"))),
                // "Q," said X.
                arguments("quote, said name", "\"This is a difficult day for the whole company,\" said Jane Fraser, the chief executive.",
                        List.of(q("direct", "Jane Fraser", "This is a difficult day for the whole company"))),
                arguments("quote, said title name", "\"The evidence was overwhelming,\" said Judge Amelia Carter.",
                        List.of(q("direct", "Amelia Carter", "The evidence was overwhelming"))),
                arguments("clause with a quoted end, pronoun said", "Lynda Hopkins spoke on Tuesday. It’s “really important to be forthcoming,” she said in an interview.",
                        List.of(q("mixed", "Lynda Hopkins", "It’s “really important to be forthcoming"))),
                arguments("mixed clause, participle of saying after the closing mark", "Rafael Grossi said the sites were “large industrial facilities with ongoing activity,” stressing that inspections would continue.",
                        List.of(q("mixed", "Rafael Grossi", "the sites were “large industrial facilities with ongoing activity,”"),
                                q("indirect", "Rafael Grossi", "inspections would continue"))),
                // X said: "Q"
                arguments("name said colon quote", "Mayor Karen Bass said: \"Every neighbourhood will get the same service.\"",
                        List.of(q("direct", "Karen Bass", "Every neighbourhood will get the same service."))),
                // split quotes
                arguments("split quote", "\"We have never interfered in elections,\" Peskov said. \"We will not do so now.\"",
                        List.of(q("direct", "Peskov", "We have never interfered in elections"),
                                q("direct", "Peskov", "We will not do so now."))),
                arguments("split quote, pronoun", "Simone Biles spoke after the final. \"I'm proud of this team,\" she said. \"We fought for every point.\"",
                        List.of(q("direct", "Simone Biles", "I'm proud of this team"),
                                q("direct", "Simone Biles", "We fought for every point."))),
                // "Q," X said, adding that C.
                arguments("quote, said, adding that", "\"The bridge is safe,\" city engineer Tom Walsh said, adding that inspections would continue.",
                        List.of(q("direct", "Tom Walsh", "The bridge is safe"),
                                q("indirect", "Tom Walsh", "inspections would continue"))),
                // X said that C. / X said C.
                arguments("name said that clause", "Ryabkov said that Moscow was ready to resume inspections.",
                        List.of(q("indirect", "Ryabkov", "Moscow was ready to resume inspections"))),
                arguments("name said clause (science)", "Professor Sarah Gilbert said the vaccine could be ready within a year.",
                        List.of(q("indirect", "Sarah Gilbert", "the vaccine could be ready within a year"))),
                arguments("said that A and that B", "The minister said that prices would fall and that wages would rise.",
                        List.of(q("indirect", "-", "prices would fall"), q("indirect", "-", "wages would rise"))),
                arguments("opening phrase, name said", "In a statement carried by the state-run Korean Central News Agency, Kim Yo Jong said she had heard the remarks.",
                        List.of(q("indirect", "Kim Yo Jong", "she had heard the remarks"))),
                // C, X said.
                arguments("clause, name, appositive, said weekday", "The talks are expected to resume soon, Kim Hyun-chong, a deputy director at the National Security Office, said Thursday after a meeting.",
                        List.of(q("indirect", "Kim Hyun-chong", "The talks are expected to resume soon"))),
                arguments("clause, name said", "Russia will not meddle in the US election, Kremlin spokesman Dmitry Peskov said on Wednesday.",
                        List.of(q("indirect", "Dmitry Peskov", "Russia will not meddle in the US election"))),
                arguments("clause, body said", "The deal is expected to close in May, Deutsche Bank said in a statement.",
                        List.of(q("indirect", "Deutsche Bank", "The deal is expected to close in May"))),
                arguments("clause, spokesperson for body said", "China firmly opposes the move, a spokesperson for the Chinese Ministry of Commerce said on Saturday.",
                        List.of(q("indirect", "Chinese Ministry of Commerce", "China firmly opposes the move"))),
                arguments("clause, pronoun said", "Lionel Messi trained alone on Monday. The injury is not serious, he said.",
                        List.of(q("indirect", "Lionel Messi", "The injury is not serious"))),
                // According to X, C.
                arguments("according to name", "According to Ryabkov, inspections will not resume this year.",
                        List.of(q("indirect", "Ryabkov", "inspections will not resume this year"))),
                arguments("clause, according to body", "The fire started in the kitchen, according to the London Fire Brigade.",
                        List.of(q("indirect", "London Fire Brigade", "The fire started in the kitchen"))),
                arguments("according to group with a named body", "According to U.S. officials, the talks have stalled.",
                        List.of(q("indirect", "United States", "the talks have stalled"))),
                // X told reporters that C.
                arguments("told reporters that", "Sergei Lavrov told reporters that the proposal was unacceptable.",
                        List.of(q("indirect", "Sergei Lavrov", "the proposal was unacceptable"))),
                arguments("told reporters clause (sports)", "Coach Erik ten Hag told reporters the team would bounce back.",
                        List.of(q("indirect", "Erik ten Hag", "the team would bounce back"))),
                // pronoun and role follow-ups
                arguments("role follow-up", "The striker Erling Haaland scored twice. \"We were brilliant,\" the striker said.",
                        List.of(q("direct", "Erling Haaland", "We were brilliant"))),
                arguments("role follow-up (business)", "Microsoft chief executive Satya Nadella spoke at the conference. The chief executive said demand for AI was growing.",
                        List.of(q("indirect", "Satya Nadella", "demand for AI was growing"))),
                arguments("role follow-up (courts)", "Judge Maria Lopez sentenced Smith to ten years. The judge said the crime had shocked the community.",
                        List.of(q("indirect", "Maria Lopez", "the crime had shocked the community"))),
                arguments("pronoun follows the last speaker", "Russian Deputy Foreign Minister Sergei Ryabkov spoke to reporters in Moscow.\n\n\"This would be in the interests of both sides,\" he said.",
                        List.of(q("direct", "Sergei Ryabkov", "This would be in the interests of both sides"))),
                arguments("pronoun gender", "Faith Kipyegon won the 1,500 metres. Her coach, Patrick Sang, said the race was hard. \"She ran a perfect race,\" he said.",
                        List.of(q("indirect", "Patrick Sang", "the race was hard"),
                                q("direct", "Patrick Sang", "She ran a perfect race"))),
                // appositives
                arguments("appositive after a name", "John Smith, a doctor at St Mary's Hospital, said the patient was stable.",
                        List.of(q("indirect", "John Smith", "the patient was stable"))),
                arguments("appositive before a name", "Her lawyer, Anna Kowalski, said the ruling would be appealed.",
                        List.of(q("indirect", "Anna Kowalski", "the ruling would be appealed"))),
                // X's spokesperson, statements, reports
                arguments("body's spokesperson", "Tesla's spokesperson said the recall affected 2,000 cars.",
                        List.of(q("indirect", "Tesla", "the recall affected 2,000 cars"))),
                arguments("statement from body", "A statement from Manchester United said the club would appeal.",
                        List.of(q("indirect", "Manchester United", "the club would appeal"))),
                arguments("definite body noun", "Deutsche Bank reported a loss on Tuesday. The bank said the quarter had been difficult.",
                        List.of(q("indirect", "Deutsche Bank", "the quarter had been difficult"))),
                arguments("definite body noun (club)", "Manchester United sacked their manager. The club said it would appoint a successor soon.",
                        List.of(q("indirect", "Manchester United", "it would appoint a successor soon"))),
                arguments("definite document noun", "The Supreme Court struck down the law on Friday. The ruling says the statute violated the constitution.",
                        List.of(q("indirect", "Supreme Court", "the statute violated the constitution"))),
                arguments("short form of a body", "The European Commission proposed new rules. The Commission said the rules would take effect in 2026.",
                        List.of(q("indirect", "European Commission", "the rules would take effect in 2026"))),
                // groups
                arguments("group without a named body", "Officials said the bridge would reopen next week.",
                        List.of(q("indirect", "-", "the bridge would reopen next week"))),
                arguments("group with a demonym", "\"We will respond,\" Russian officials said.",
                        List.of(q("direct", "-", "We will respond"))),
                arguments("group after a named person", "\"We are studying the proposal,\" Peskov said. Analysts said the move was symbolic.",
                        List.of(q("direct", "Peskov", "We are studying the proposal"), q("indirect", "-", "the move was symbolic"))),
                // datelines
                arguments("dateline is not the speaker", "MOSCOW (Newswire) - Russia said on Monday it would retaliate against the new measures.",
                        List.of(q("indirect", "Russia", "it would retaliate against the new measures"))),
                // multi-paragraph quotes
                arguments("multi-paragraph quote", "Yellen said in a statement:\n\n\"Russia's economy is isolated.\n\n\"We will keep up the pressure.\"",
                        List.of(q("direct", "Yellen", "Russia's economy is isolated."), q("direct", "Yellen", "We will keep up the pressure."))),
                // headlines
                arguments("headline Speaker: claim", "Peskov: Kyiv’s sanctions against Putin may be a fake\n\nThe Verkhovna Rada adopted a decree on Monday.",
                        List.of(q("indirect", "Peskov", "Kyiv’s sanctions against Putin may be a fake"))),
                arguments("headline Speaker says claim", "Ceferin says Super League plans are dead\n\nUEFA held its congress in Paris on Tuesday.",
                        List.of(q("indirect", "Ceferin", "Super League plans are dead"))),
                arguments("headline claim – Speaker", "The United States may impose new sanctions – Blinken\n\nSecretary of State Antony Blinken spoke in Washington.",
                        List.of(q("indirect", "Antony Blinken", "The United States may impose new sanctions"))),
                // non-quotes
                arguments("noun-phrase complement", "Peskov denied the accusations.", List.of()),
                arguments("infinitive complement", "Western leaders called on Moscow to cease hostilities.", List.of()),
                arguments("negated speech act", "The minister did not say that taxes would rise.", List.of()),
                arguments("media passing on facts", "TASS reported that the talks had ended.", List.of()),
                arguments("an outlet named as publications are", "A man was detained near the cemetery on Monday, the Jakarta Post reported.", List.of()),
                arguments("scare quotes", "The oligarch has been sanctioned for running a \"troll factory\" in St Petersburg.", List.of()),
                arguments("title of a song", "The band played \"Bohemian Rhapsody\" to close the show in Dublin.", List.of()),
                arguments("title of a game in a report", "Chief executive Andrew Wilson said \"Battlefield V\" had sold fewer copies than expected.",
                        List.of(q("indirect", "Andrew Wilson", "\"Battlefield V\" had sold fewer copies than expected"))),
                arguments("headline without a speaker", "EU agrees new sanctions on Russian oil\n\nThe measures take effect in June.", List.of()),
                arguments("photo caption shaped like a headline", "Wagner chief hits out at generals\nYevgeny Prigozhin at a funeral in St Petersburg - Photo: Maxim Petrov\n\n"
                        + "The generals met in Moscow on Friday.", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void attributionComesOutExactly(String pattern, String text, List<String> expected) {
        List<ExtractedQuote> quotes = SharedPipeline.get().extract("", text).quotes();
        List<String> actual = quotes.stream()
                .map(x -> q(x.type().slug(), x.speaker() == null ? "-" : x.speaker(), x.span().text())).toList();
        assertEquals(expected, actual, text);
    }
}
