package org.newswire.extraction;

/** One pipeline for all plain unit tests in a run: loading the models takes seconds. */
public final class SharedPipeline {

    private static Pipeline pipeline;

    private SharedPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = ExtractionPipelines.standard();
        }
        return pipeline;
    }
}
