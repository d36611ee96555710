package org.newswire.extraction.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newswire.extraction.Document;
import org.newswire.extraction.Layer;
import org.newswire.extraction.Stage;

import java.util.Properties;
import java.util.Set;

/**
 * Sentences, tokens, POS, lemmas, NER and a UD dependency parse from Stanford CoreNLP. The models
 * come from the CoreNLP models jar on the class path; loading them takes seconds, so build one
 * instance and share it (CoreNLP annotators are thread-safe).
 */
public final class CoreNlpStage implements Stage {

    private final StanfordCoreNLP nlp;

    public CoreNlpStage() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // news paragraphs are lines: a sentence never runs across a line break
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // the 3-class model is enough (PERSON/ORGANIZATION/LOCATION) and a third the size of the default trio
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        // the fine-grained gazetteer (585k entries) would cost 500 MB and 130 ms an article for no
        // measured gain: the alias table already types the names that matter
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.nlp = new StanfordCoreNLP(props);
    }

    /**
     * Title abbreviations the tokenizer takes for a sentence end ("said Sec. Yellen"): their full
     * stop becomes a space. The text keeps its length, so every offset still points into the original.
     */
    static String forTokenizer(String text) {
        return ABBREVIATIONS.matcher(text).replaceAll("$1 ");
    }

    private static final java.util.regex.Pattern ABBREVIATIONS = java.util.regex.Pattern.compile("\\b(Sec|Amb|Adm|Dep)\\.(?= [A-Z])");

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.NLP);
    }

    @Override
    public void process(Document document) {
        Annotation annotation = new Annotation(forTokenizer(document.text()));
        nlp.annotate(annotation);
        document.setAnnotation(annotation);
    }
}
