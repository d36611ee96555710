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

    public static final String TOPICS = """
            [{"slug": "sanctions", "label": "Sanctions", "description": "Economic and financial sanctions, asset freezes, export controls and the responses to them.", "builtIn": true, "articleCount": 1}]""";

    public static final String TOPIC_INPUT = """
            {"slug": "energy-security", "label": "Energy security", "description": "Gas and oil supply, pipelines, power grids and the politics of energy",
             "phrases": [{"phrase": "energy security", "weight": 1}, {"phrase": "(gas|oil|LNG) (supply|supplies|shipments|pipeline|pipelines)", "weight": 1},
                         {"phrase": "(power grid|blackouts|energy prices)", "weight": 0.5}, {"phrase": "Nord Stream", "weight": 1}],
             "negativePhrases": ["energy drink*"]}""";

    public static final String TIMELINE = """
            [{"start": "2024-03-01", "articles": 1, "quotes": 5}, {"start": "2024-04-01", "articles": 1, "quotes": 7}]""";

    private ApiExamples() {
    }
}
