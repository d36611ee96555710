package org.newswire.extraction;

import java.util.List;

/** Everything the pipeline found in one article. */
public record Extraction(List<ExtractedQuote> quotes, List<ExtractedEntity> entities, List<TopicScore> topics) {

    public List<String> assignedTopics() {
        return topics.stream().filter(TopicScore::assigned).map(TopicScore::topic).toList();
    }
}
