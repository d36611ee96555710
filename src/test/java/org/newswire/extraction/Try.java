package org.newswire.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class Try {
    @Test
    void run() throws Exception {
        Pipeline p = ExtractionPipelines.standard();
        String text = Files.readString(Path.of("/tmp/try.txt"));
        Extraction e = p.extract("", text);
        e.quotes().forEach(q -> System.out.println("Q " + q.type() + " [" + q.speaker() + " | " + (q.speakerMention() == null ? null : q.speakerMention().text()) + "] " + q.span().text()));
        e.entities().forEach(x -> System.out.println("E " + x.type() + " " + x.name() + " " + x.mentions()));
        e.topics().forEach(t -> System.out.println("T " + t));
    }
}
