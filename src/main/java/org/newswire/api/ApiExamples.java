package org.newswire.api;

/** Example answers for the OpenAPI document, drawn from the three sample articles; shared where resources answer the same shape. */
public final class ApiExamples {

    public static final String ARTICLE_PAGE = """
            {"items": [{"id": 3, "url": "https://samples.newswire.local/2024/04/15/kremlin-new-sanctions-will-not-change-course", "title": "Kremlin says new Western sanctions will not change Russia's course", "source": "Newswire Samples", "author": "Newswire staff", "publishedAt": "2024-04-15T09:05:00Z", "ingestedAt": "2024-04-15T09:06:12.381Z", "topics": ["sanctions"]}], "page": 0, "size": 20, "total": 1}""";

    public static final String ENTITY_PAGE = """
            {"items": [{"id": 4, "name": "Dmitry Peskov", "type": "PERSON", "mentionCount": 9, "articleCount": 2, "quoteCount": 7}], "page": 0, "size": 20, "total": 1}""";

    public static final String COOCCURRENCES = """
            [{"id": 1, "name": "Kremlin", "type": "ORGANIZATION", "sharedArticles": 2}, {"id": 9, "name": "United States", "type": "LOCATION", "sharedArticles": 2}]""";

    public static final String SPEAKER_PAGE = """
            {"items": [{"id": 4, "name": "Dmitry Peskov", "type": "PERSON", "quoteCount": 7, "articleCount": 2, "firstQuoted": "2024-03-06T11:20:00Z", "lastQuoted": "2024-04-15T09:05:00Z"}], "page": 0, "size": 20, "total": 1}""";

    public static final String QUOTE_PAGE = """
            {"items": [{"id": 21, "articleId": 3, "articleTitle": "Kremlin says new Western sanctions will not change Russia's course", "publishedAt": "2024-04-15T09:05:00Z", "text": "The sanctions do not hurt us as much as their authors hoped", "type": "direct", "speaker": {"id": 4, "name": "Dmitry Peskov", "type": "PERSON"}, "speakerMention": "Kremlin spokesman Dmitry Peskov", "start": 287, "end": 346}], "page": 0, "size": 20, "total": 1}""";

    public static final String STATEMENT_PAGE = """
            {"items": [{"id": 9, "text": "The sanctions do not hurt us as much as their authors hoped", "type": "direct", "speaker": {"id": 4, "name": "Dmitry Peskov", "type": "PERSON"}, "firstSeen": "2024-04-15T09:05:00Z", "lastSeen": "2024-04-15T13:40:00Z", "occurrenceCount": 4, "outletCount": 3}], "page": 0, "size": 20, "total": 1}""";

    public static final String STATEMENT = """
            {"id": 9, "text": "The sanctions do not hurt us as much as their authors hoped", "type": "direct", "speaker": {"id": 4, "name": "Dmitry Peskov", "type": "PERSON"}, "firstSeen": "2024-04-15T09:05:00Z", "lastSeen": "2024-04-15T11:20:00Z", "occurrenceCount": 2, "outletCount": 2, "occurrences": [{"quoteId": 21, "articleId": 3, "articleTitle": "Kremlin says new Western sanctions will not change Russia's course", "url": "https://samples.newswire.local/2024/04/15/kremlin-new-sanctions-will-not-change-course", "source": "Newswire Samples", "publishedAt": "2024-04-15T09:05:00Z", "storyId": 2, "text": "The sanctions do not hurt us as much as their authors hoped", "type": "direct", "start": 287, "end": 346}, {"quoteId": 57, "articleId": 8, "articleTitle": "Peskov: sanctions do not hurt Russia", "url": "https://example.org/world/peskov-sanctions", "source": "Example Daily", "publishedAt": "2024-04-15T11:20:00Z", "storyId": 2, "text": "The sanctions do not hurt us as much as their authors hoped.", "type": "direct", "start": 140, "end": 200}]}""";

    public static final String STORY_PAGE = """
            {"items": [{"id": 2, "title": "Kremlin says new Western sanctions will not change Russia's course", "leadArticleId": 3, "firstSeen": "2024-04-15T09:05:00Z", "lastSeen": "2024-04-15T11:20:00Z", "articleCount": 2, "sourceCount": 2, "sources": ["Example Daily", "Newswire Samples"]}], "page": 0, "size": 20, "total": 1}""";

    public static final String STORY = """
            {"id": 2, "title": "Kremlin says new Western sanctions will not change Russia's course", "leadArticleId": 3, "firstSeen": "2024-04-15T09:05:00Z", "lastSeen": "2024-04-15T11:20:00Z", "articleCount": 2, "sourceCount": 2, "sources": ["Example Daily", "Newswire Samples"], "articles": [{"id": 3, "url": "https://samples.newswire.local/2024/04/15/kremlin-new-sanctions-will-not-change-course", "title": "Kremlin says new Western sanctions will not change Russia's course", "source": "Newswire Samples", "publishedAt": "2024-04-15T09:05:00Z", "ingestedAt": "2024-04-15T09:06:12.381Z"}, {"id": 8, "url": "https://example.org/world/peskov-sanctions", "title": "Peskov: sanctions do not hurt Russia", "source": "Example Daily", "publishedAt": "2024-04-15T11:20:00Z", "ingestedAt": "2024-04-15T11:21:02.004Z"}]}""";

    public static final String TOPICS = """
            [{"slug": "sanctions", "label": "Sanctions", "description": "Economic and financial sanctions, asset freezes, export controls and the responses to them.", "builtIn": true, "articleCount": 1}]""";

    public static final String ARTICLE = """
            {"id": 1, "url": "https://samples.newswire.local/2024/04/15/kremlin-new-sanctions-will-not-change-course", "title": "Kremlin says new Western sanctions will not change Russia's course", "source": "Newswire Samples", "author": "Newswire staff", "publishedAt": "2024-04-15T09:05:00Z", "ingestedAt": "2024-04-15T09:06:12.381Z", "text": "Kremlin says new Western sanctions will not change Russia's course\\nMOSCOW, April 15 (Newswire) - The Kremlin said on Monday that a new round of Western sanction…", "topics": [{"slug": "sanctions", "label": "Sanctions", "score": 1.0, "evidence": [{"phrase": "(sanction|sanctions)", "sentences": 3}, {"phrase": "(package|designat*|entity list|restriction|restrictions)", "sentences": 1}]}], "quotes": [{"id": 1, "articleId": 1, "articleTitle": "Kremlin says new Western sanctions will not change Russia's course", "publishedAt": "2024-04-15T09:05:00Z", "text": "new Western sanctions will not change Russia's course", "type": "indirect", "speaker": {"id": 4, "name": "Kremlin", "type": "ORGANIZATION"}, "speakerMention": "Kremlin", "start": 13, "end": 66}], "entities": [{"id": 4, "name": "Kremlin", "type": "ORGANIZATION", "mentions": [{"surface": "Kremlin", "start": 0, "end": 7}, {"surface": "Kremlin", "start": 101, "end": 108}, {"surface": "Kremlin", "start": 322, "end": 329}]}, {"id": 6, "name": "Russia", "type": "LOCATION", "mentions": [{"surface": "Russia", "start": 51, "end": 57}, {"surface": "Russia", "start": 179, "end": 185}, {"surface": "Russia", "start": 785, "end": 791}]}]}""";

    public static final String ENTITY = """
            {"id": 1, "name": "Dmitry Peskov", "type": "PERSON", "mentionCount": 5, "articleCount": 3, "quoteCount": 12, "surfaceForms": ["Dmitry Peskov", "Peskov"]}""";

    public static final String SPEAKER_PROFILE = """
            {"id": 1, "name": "Dmitry Peskov", "type": "PERSON", "quoteCount": 12, "articleCount": 3, "firstQuoted": "2022-11-08T16:05:00Z", "lastQuoted": "2024-04-15T09:05:00Z", "topics": [{"slug": "election-interference", "quoteCount": 5}, {"slug": "sanctions", "quoteCount": 5}, {"slug": "arms-control", "quoteCount": 2}], "coMentioned": [{"id": 4, "name": "Kremlin", "type": "ORGANIZATION", "sharedArticles": 3}, {"id": 7, "name": "United States", "type": "LOCATION", "sharedArticles": 3}]}""";

    public static final String TOPIC = """
            {"slug": "sanctions", "label": "Sanctions", "description": "Economic and financial sanctions, asset freezes, export controls and the responses to them.", "builtIn": true, "articleCount": 1, "phrases": [{"phrase": "(sanction|sanctions)", "weight": 1.0}, {"phrase": "(Treasury|OFAC|Office of Foreign Assets Control)", "weight": 0.5}], "negativePhrases": ["(UEFA|FIFA|IOC|WADA|doping|anti-doping|league|club|clubs|disciplinary|referee|fans|stadium|pitch)"]}""";

    public static final String JOB = """
            {"id": "8ad83461-fc3f-4a88-b92f-cdeb5db8329a", "kind": "re-extract", "status": "running", "total": 3, "done": 1, "failed": 0, "startedAt": "2024-04-15T09:10:00Z", "finishedAt": null}""";

    public static final String TOPIC_INPUT = """
            {"slug": "energy-security", "label": "Energy security", "description": "Gas and oil supply, pipelines, power grids and the politics of energy",
             "phrases": [{"phrase": "energy security", "weight": 1}, {"phrase": "(gas|oil|LNG) (supply|supplies|shipments|pipeline|pipelines)", "weight": 1},
                         {"phrase": "(power grid|blackouts|energy prices)", "weight": 0.5}, {"phrase": "Nord Stream", "weight": 1}],
             "negativePhrases": ["energy drink*"]}""";

    public static final String TIMELINE = """
            [{"start": "2024-03-01", "articles": 1, "quotes": 5, "statements": 4}, {"start": "2024-04-01", "articles": 2, "quotes": 9, "statements": 6}]""";

    private ApiExamples() {
    }
}
