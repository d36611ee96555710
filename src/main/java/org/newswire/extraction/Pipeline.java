package org.newswire.extraction;

import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered chain of stages that is itself a stage. The chain is checked when it is built, so a
 * stage never runs without the layers it needs, and the time spent in each stage is recorded on
 * the document.
 */
public final class Pipeline implements Stage {

    private final List<Stage> stages;
    private final Set<Layer> requires;
    private final Set<Layer> provides;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        Set<Layer> needed = EnumSet.noneOf(Layer.class);
        for (Stage stage : this.stages) {
            for (Layer layer : stage.requires()) {
                if (!available.contains(layer)) {
                    needed.add(layer);
                }
            }
            available.addAll(stage.provides());
        }
        if (!needed.isEmpty()) {
            throw new IllegalArgumentException("pipeline " + names() + " lacks a stage providing " + needed);
        }
        this.requires = Set.of();
        this.provides = Set.copyOf(available);
    }

    private List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }

    @Override
    public String name() {
        return "pipeline" + names();
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> provides() {
        return provides;
    }

    @Override
    public void process(Document document) {
        for (Stage stage : stages) {
            stopIfInterrupted();
            long t0 = System.nanoTime();
            stage.process(document);
            document.recordTiming(stage.name(), System.nanoTime() - t0);
            document.markDone(stage.provides());
        }
    }

    /**
     * Stops work whose thread was interrupted (an extraction over its time budget, a client gone), as
     * CoreNLP's own annotators do; stages call it in their loops.
     */
    public static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RuntimeInterruptedException();
        }
    }

    public Extraction extract(String title, String text) {
        Document document = new Document(title, text);
        process(document);
        return document.toExtraction();
    }
}
