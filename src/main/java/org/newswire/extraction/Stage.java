package org.newswire.extraction;

import java.util.Set;

/**
 * One step of the extraction pipeline. Stages are pure Java, hold no per-document state and are
 * safe to call from several threads at once; they read the layers they require from the document
 * and add the layers they provide.
 */
public interface Stage {

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    void process(Document document);
}
