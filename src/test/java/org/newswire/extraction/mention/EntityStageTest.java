package org.newswire.extraction.mention;

import org.junit.jupiter.api.Test;
import org.newswire.extraction.EntityType;
import org.newswire.extraction.ExtractedEntity;
import org.newswire.extraction.Extraction;
import org.newswire.extraction.SharedPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityStageTest {

    private static List<ExtractedEntity> entities(String text) {
        return SharedPipeline.get().extract("", text).entities();
    }

    private static Optional<ExtractedEntity> named(List<ExtractedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void aNameTheTaggerTypedOnceIsThatEntityWhereverItIsWritten() {
        List<ExtractedEntity> es = entities("Refunds for the concert will begin on Aug 1, organiser Unusual Entertainment announced on Tuesday. "
                + "In its Facebook post, Unusual Entertainment said it sincerely apologised for the inconvenience.");
        ExtractedEntity organiser = named(es, "Unusual Entertainment").orElseThrow();
        assertEquals(2, organiser.occurrences().size(), organiser.toString());
    }

    @Test
    void aGenerationalSuffixAfterACommaIsPartOfTheNameAndItsSurnameStillFoldsIntoIt() {
        List<ExtractedEntity> es = entities("President and CEO Lino Saputo, Jr. said demand was recovering. "
                + "Lino Saputo said the company would keep investing.");
        ExtractedEntity person = named(es, "Lino Saputo, Jr.").orElseThrow(() -> new AssertionError(es));
        assertEquals(List.of("Lino Saputo, Jr.", "Lino Saputo"), person.mentions());
        assertTrue(named(es, "Jr.").isEmpty(), () -> es.toString());
    }

    @Test
    void aNameIsNotPropagatedIntoALongerName() {
        List<ExtractedEntity> es = entities("Police in Chatham-Kent said a man was arrested. "
                + "According to a release from the Chatham-Kent Police Service, two officers were inside a cruiser.");
        assertTrue(named(es, "Chatham-Kent Police Service").isPresent(), es.toString());
        named(es, "Chatham-Kent").ifPresent(e -> assertEquals(1, e.occurrences().size(), e.toString()));
    }

    @Test
    void aNameStartingWithAFirstNameIsAPersonThoughTaggedAsABody() {
        // the 3-class tagger types this name as an organisation
        String text = "Amitabh Bachchan anxious over Pink trailer response\n"
                + "Megastar Amitabh Bachchan says the reactions to the trailer of his new film 'Pink' have left him anxious.";
        assertEquals(EntityType.PERSON, named(entities(text), "Amitabh Bachchan").orElseThrow().type());
        // a body's name word keeps a body a body, though it starts with a first name
        assertEquals(EntityType.ORGANIZATION, named(entities("Morgan Stanley Bank said profits rose."), "Morgan Stanley Bank")
                .orElseThrow().type());
    }

    @Test
    void anAcronymInBracketsAfterANameIsThatBodyWhateverTheTaggerTypedIt() {
        List<ExtractedEntity> es = entities("The Department of Fire and Emergency Services (DFES) said the fire was out of control. "
                + "DFES said three homes had been lost. The US Department of Justice (DOJ) says the men pleaded guilty.");
        ExtractedEntity dfes = named(es, "Department of Fire and Emergency Services").orElseThrow();
        assertTrue(dfes.mentions().contains("DFES"), es.toString());
        assertEquals(EntityType.ORGANIZATION, dfes.type());
        assertTrue(named(es, "US Department of Justice").orElseThrow().mentions().contains("DOJ"), es.toString());
        assertTrue(named(es, "Department of Fire and Emergency Services (DFES").isEmpty(), es.toString());
    }

    @Test
    void aCompanysShortNameTakenForAPersonIsTheCompany() {
        List<ExtractedEntity> es = entities("Meta Platforms said on Tuesday it had removed a network of fake accounts. "
                + "Meta said the network was small.");
        assertTrue(named(es, "Meta Platforms").orElseThrow().mentions().contains("Meta"), es.toString());
        // the first words of an organisation's name may name another body
        List<ExtractedEntity> two = entities("Vattenfall Renewables will build four wind farms. Vattenfall said profits rose.");
        assertTrue(named(two, "Vattenfall").isPresent(), two.toString());
    }

    @Test
    void aNameFillingQuoteMarksIsTheTitleOfAWorkNotAnEntity() {
        List<ExtractedEntity> found = entities("British band Supertramp had been planning to take its \"Supertramp Forever\" tour "
                + "through 25 European cities. Supertramp found fame with the album \"Breakfast in America\".");
        assertTrue(named(found, "Supertramp Forever").isEmpty(), found.toString());
        assertTrue(named(found, "Breakfast in America").isEmpty(), found.toString());
        assertTrue(named(found, "Supertramp").isPresent(), found.toString());
    }

    @Test
    void aSurnameSpeltOneLetterDifferentlyIsThePersonNamedInFull() {
        List<ExtractedEntity> es = entities("Iranian Oil Minister Bijan Zangeneh said the sanctions would fail. "
                + "Zanganeh said Iran's oil industry would not be hamstrung.");
        assertTrue(named(es, "Bijan Zangeneh").orElseThrow().mentions().contains("Zanganeh"), es.toString());
        assertTrue(EntityStage.oneEditApart("Vandewege", "Vandeweghe"));
        assertTrue(!EntityStage.oneEditApart("Johnson", "Jackson"));
    }

    @Test
    void aSurnameAloneThatTheTaggerTookForACommonWordIsThePerson() {
        Extraction x = SharedPipeline.get().extract("", "Deputy Prime Minister Vu Duc Dam visited the hospital on Friday. "
                + "Health Minister Nguyen Thi Kim Tien told him the outbreak was under control.\n"
                + "Dam said provinces that miss their targets would be held to account.");
        assertEquals(List.of("Vu Duc Dam", "Dam"), named(x.entities(), "Vu Duc Dam").orElseThrow().mentions());
        assertEquals("Vu Duc Dam", x.quotes().get(1).speaker(), x.quotes().toString());
        // a name's last word after a determiner or in a hyphenated word is not its surname alone
        List<ExtractedEntity> es = entities("Judge Ann Bench heard the case with Tom Lee. The Bench-led panel adjourned. "
                + "The case goes back to the Bench.");
        assertEquals(List.of("Ann Bench"), named(es, "Ann Bench").orElseThrow().mentions());
    }

    @Test
    void anAcronymWithAnAmpersandOrInItsOwnLanguagesOrder() {
        List<ExtractedEntity> es = entities("British retailer Marks & Spencer said data was stolen. M&S said customers need not act. "
                + "Mugur Isarescu, Governor of the National Bank of Romania, spoke on Thursday. BNR said inflation stayed at 4.1 percent.");
        assertTrue(named(es, "Marks & Spencer").orElseThrow().mentions().contains("M&S"), es.toString());
        assertTrue(named(es, "National Bank of Romania").orElseThrow().mentions().contains("BNR"), es.toString());
    }

    @Test
    void theOrganisationsPlaceAfterOfIsPartOfItsName() {
        List<ExtractedEntity> es = entities("Dairy Farmers of Britain said it was cutting its milk price. DFB said margins were "
                + "under pressure. The Parks and Wildlife Service of Western Australia said 70 whales were stranded.");
        assertTrue(named(es, "Dairy Farmers of Britain").orElseThrow().mentions().contains("DFB"), es.toString());
        assertTrue(named(es, "Parks and Wildlife Service of Western Australia").isPresent(), es.toString());
        assertTrue(named(es, "Britain").isEmpty(), es.toString());
    }

    @Test
    void aPersonAtTheEndOfATitleTaggedAnOrganisation() {
        List<ExtractedEntity> es = entities("Russia is working to undermine the elections, Director of National Intelligence Dan Coats "
                + "said on Thursday. Coats said the threat was real. Morgan Stanley said profit rose.");
        ExtractedEntity coats = named(es, "Dan Coats").orElseThrow();
        assertEquals(EntityType.PERSON, coats.type());
        assertEquals(List.of("Dan Coats", "Coats"), coats.mentions());
        assertTrue(named(es, "National Intelligence").isEmpty(), es.toString());
        assertEquals(EntityType.ORGANIZATION, named(es, "Morgan Stanley").orElseThrow().type(), "a company named once, as a whole");
    }

    @Test
    void aCompanysShortNameStartsItsLegalName() {
        List<ExtractedEntity> es = entities("Exxon Mobil Corp. said on Thursday that profit rose. Exxon said it made $8.4 billion.");
        assertEquals(List.of("Exxon Mobil Corp.", "Exxon"), named(es, "Exxon Mobil Corp.").orElseThrow().mentions());
    }

    @Test
    void anAcronymOfAHyphenatedName() {
        List<ExtractedEntity> es = entities("Hewlett-Packard has reached a deal to buy EDS. HP said the deal would close this year.");
        assertTrue(named(es, "Hewlett-Packard").orElseThrow().mentions().contains("HP"), es.toString());
    }

    @Test
    void variantsMergeUnderTheCanonicalName() {
        List<ExtractedEntity> es = entities("The US and the United States of America are one country. U.S. officials said America would act.");
        ExtractedEntity us = named(es, "United States").orElseThrow();
        assertEquals(EntityType.LOCATION, us.type());
        assertTrue(us.mentions().containsAll(List.of("US", "United States of America", "U.S.", "America")), us.mentions().toString());
    }

    @Test
    void shortPersonNamesFoldIntoTheFullNameAndTitlesGo() {
        List<ExtractedEntity> es = entities("Kremlin spokesman Dmitry Peskov spoke on Monday. Mr Peskov's remarks were brief.");
        assertEquals(List.of("Dmitry Peskov", "Peskov"), named(es, "Dmitry Peskov").orElseThrow().mentions());
        assertEquals(EntityType.ORGANIZATION, named(es, "Kremlin").orElseThrow().type());
    }

    @Test
    void honorificsBeforeANameAreTitlesSoTheGivenNameFoldsIntoIt() {
        Extraction x = SharedPipeline.get().extract("", "Home Minister Datuk Seri Saifuddin Nasution Ismail said the bill "
                + "would be tabled next week. Saifuddin said the police had been consulted. Dato' Sri Mohamad Hasan agreed.");
        assertEquals(List.of("Saifuddin Nasution Ismail", "Saifuddin"), named(x.entities(), "Saifuddin Nasution Ismail").orElseThrow().mentions());
        assertEquals(List.of("Saifuddin Nasution Ismail", "Saifuddin Nasution Ismail"), x.quotes().stream().map(q -> q.speaker()).toList());
        assertTrue(named(x.entities(), "Dato").isEmpty(), x.entities().toString());
    }

    @Test
    void aBodyNamedWithoutItsHeadIsTheBodyNamedWithIt() {
        Extraction x = SharedPipeline.get().extract("", "The Treasury Department imposed sanctions on 12 firms on Friday. "
                + "Treasury said the firms had helped Iran sell oil.");
        ExtractedEntity treasury = named(x.entities(), "U.S. Treasury Department").orElseThrow();
        assertEquals(List.of("Treasury Department", "Treasury"), treasury.mentions());
        assertEquals("U.S. Treasury Department", x.quotes().get(0).speaker());
    }

    @Test
    void capitalsStayPlacesAndKievIsKyiv() {
        List<ExtractedEntity> es = entities("Officials in Moscow and Kiev traded accusations while Washington watched.");
        assertEquals(List.of("Kiev"), named(es, "Kyiv").orElseThrow().mentions());
        assertEquals(EntityType.LOCATION, named(es, "Moscow").orElseThrow().type());
        assertEquals(EntityType.LOCATION, named(es, "Washington").orElseThrow().type());
    }

    @Test
    void treatiesAndDemonymsAreNotEntities() {
        List<ExtractedEntity> es = entities("Russian and American negotiators discussed New START and the NPT in Geneva.");
        assertEquals(List.of("Geneva"), es.stream().map(ExtractedEntity::name).toList());
    }

    @Test
    void acronymFoldsIntoTheOrganisationItAbbreviates() {
        List<ExtractedEntity> es = entities("The Office of Foreign Assets Control (OFAC) named 70 firms. OFAC said more would follow.");
        assertEquals(List.of("Office of Foreign Assets Control", "OFAC"), named(es, "Office of Foreign Assets Control").orElseThrow().mentions());
    }

    @Test
    void canonicalSpellingOfPeople() {
        List<ExtractedEntity> es = entities("Deputy Foreign Minister Sergey Ryabkov said so. Ryabkov added more.");
        assertEquals(List.of("Sergey Ryabkov", "Ryabkov"), named(es, "Sergei Ryabkov").orElseThrow().mentions());
    }

    @Test
    void aPlaceWrittenOnlyInCapitalsIsNamedInTitleCaseAndAnAcronymIsNot() {
        List<ExtractedEntity> es = entities("BEIJING, March 3 (Xinhua) - China opposed the new measures, the ministry said.");
        assertEquals(List.of("BEIJING"), named(es, "Beijing").orElseThrow().mentions());
        List<ExtractedEntity> both = entities("MOSCOW - Officials in Moscow said the talks had ended.");
        assertEquals(List.of("MOSCOW", "Moscow"), named(both, "Moscow").orElseThrow().mentions());
    }

    @Test
    void aRunOfCapitalisedWordsEndingInAnInstitutionsHeadIsAnOrganisation() {
        List<ExtractedEntity> es = entities("A man was arrested on Sunday, according to the Chatham-Kent Police Service. "
                + "Figures from the U.S. Fish and Wildlife Service showed more wolves, and the Law Society of Kenya objected.");
        assertEquals(EntityType.ORGANIZATION, named(es, "Chatham-Kent Police Service").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, named(es, "U.S. Fish and Wildlife Service").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, named(es, "Law Society of Kenya").orElseThrow().type());
        assertTrue(named(es, "Chatham-Kent").isEmpty(), "the place inside the name is not a mention of its own");
    }

    @Test
    void twoNamesJoinedByAndOrOfStayTwo() {
        List<ExtractedEntity> es = entities("The Office of the Director of National Intelligence and the Cybersecurity and Infrastructure "
                + "Security Agency warned on Monday. Lisa Charendoff and Everett Ho of SickKids Foundation spoke.");
        assertTrue(named(es, "Cybersecurity and Infrastructure Security Agency").isPresent(), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.name().contains("Intelligence and")), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.name().startsWith("Ho of") || e.name().startsWith("Everett Ho of")), es.toString());
    }

    @Test
    void aNameWrappedAcrossALineIsNamedWithASpace() {
        List<ExtractedEntity> es = entities("A decision to overturn the\nOlympic life bans \"may have a serious impact on\n"
                + "the future fight against doping\", says the International Olympic\nCommittee (IOC).");
        assertEquals(List.of("International Olympic\nCommittee", "IOC"), named(es, "International Olympic Committee").orElseThrow().mentions());
    }

    @Test
    void aNameInsideAnEventOrALawIsNoMentionAndAgenciesAreNamedInFull() {
        List<ExtractedEntity> es = entities("Jannik Sinner won the US Open in New York, AFP reported. "
                + "Diplomats cited the United Nations Charter.");
        assertTrue(named(es, "United States").isEmpty(), es.toString());
        assertTrue(named(es, "United Nations").isEmpty(), es.toString());
        assertEquals(List.of("AFP"), named(es, "Agence France-Presse").orElseThrow().mentions());
        List<ExtractedEntity> credit = entities("MOSCOW (REUTERS) - Russia said on Monday it would respond.\n\nPhoto: REUTERS/Maxim Shemetov");
        assertEquals(EntityType.ORGANIZATION, named(credit, "Reuters").orElseThrow().type(), "a known name in capitals");
        assertTrue(named(es, "New York").isPresent());
    }
}
