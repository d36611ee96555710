package org.newswire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.newswire.extraction.Document;
import org.newswire.extraction.Layer;
import org.newswire.extraction.Pipeline;
import org.newswire.extraction.Stage;
import org.newswire.runtime.DaemonThreads;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences, tokens, POS, lemmas, NER and a UD dependency parse from Stanford CoreNLP. The models
 * come from the CoreNLP models jar on the class path; loading them takes seconds, so build one
 * instance and share it (CoreNLP annotators are thread-safe).
 * <p>
 * The dependency parse is three quarters of the time, and only some sentences are read through it:
 * those a caller's test picks get a parse, the others an empty graph; and only the basic graph is made
 * (CoreNLP's annotator also derives four enhanced forms nobody here reads). The parser model loads
 * on a second thread while the others load.
 */
public final class CoreNlpStage implements Stage {

    private final StanfordCoreNLP nlp;
    private final DependencyParser parser;
    private final Predicate<List<CoreLabel>> needsParse;

    /** Parses the sentences whose tokens (with POS and lemma) pass the test. */
    public CoreNlpStage(Predicate<List<CoreLabel>> needsParse) {
        this.needsParse = needsParse;
        CompletableFuture<DependencyParser> loadingParser = CompletableFuture.supplyAsync(
                () -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()), LOADER);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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
        this.parser = loadingParser.join();
    }

    /** Its own thread: the common pool has a single worker on two cores and may be busy. */
    private static final Executor LOADER = task -> DaemonThreads.named("corenlp-parser-load").newThread(task).start();

    /**
     * The text as the tokenizer should see it, always of the same length, so every offset still
     * points into the original: lines a page wrapped inside a sentence are joined again ({@link
     * #unwrapLines}), title abbreviations it takes for a sentence end ("said Sec. Yellen") lose their
     * full stop, and a page's opening date stamp (" date 2019-11-07 ") and a dateline ("MOSCOW (Reuters)
     * - ", "BEIJING, Sept. 13 — ", "SINGAPORE: ") end at a line break instead of a space or dash, so each
     * is a sentence of its own and never part of a clause or a speaker's phrase. A dash a page's encoding
     * turned into a question mark ("John Grunsfeld ? a former astronaut ? suggested") is a dash again.
     */
    static String forTokenizer(String text) {
        String out = DATE_STAMP.matcher(ABBREVIATIONS.matcher(unwrapLines(text)).replaceAll("$1 ")).replaceAll("$1\n");
        out = LOST_DASH.matcher(out).replaceAll("-");
        Matcher dateline = DATELINE.matcher(out);
        StringBuilder sb = new StringBuilder(out);
        while (dateline.find()) {
            // "Sarajevo, July 31 (IANS) A record …": with an agency in brackets the dash may be missing
            sb.setCharAt(dateline.start("dash") >= 0 ? dateline.start("dash") : dateline.start("space"), '\n');
        }
        Matcher colon = COLON_DATELINE.matcher(out);
        while (colon.find()) {
            sb.setCharAt(colon.end() - 1, '\n');
        }
        breakLongSentences(sb);
        return sb.toString();
    }

    /**
     * A line break inside a sentence, as in text wrapped at a fixed width ("says the International
     * Olympic\nCommittee (IOC)."), becomes a space, since every line break ends a sentence for the
     * splitter: the line does not end a sentence (no closing punctuation) and the next one starts in
     * lower case, or the line ends on a word no sentence ends on ("the", "of"), or it is a long line
     * of a block already being joined. A headline or dateline line ends nothing of the kind.
     */
    static String unwrapLines(String text) {
        StringBuilder sb = new StringBuilder(text);
        int lineStart = 0;
        boolean joining = false;
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) != '\n') {
                continue;
            }
            String line = sb.substring(lineStart, i).strip();
            boolean paragraphEnd = i + 1 >= sb.length() || sb.charAt(i + 1) == '\n' || Character.isWhitespace(sb.charAt(i + 1));
            boolean join = false;
            if (!line.isEmpty() && !paragraphEnd && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0) {
                char next = sb.charAt(i + 1);
                String lastWord = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                join = Character.isLowerCase(next) || NO_SENTENCE_ENDS_ON.contains(lastWord)
                        || (joining && line.length() >= WRAPPED_LINE_CHARS && Character.isLetterOrDigit(next));
            }
            if (join) {
                sb.setCharAt(i, ' ');
            }
            joining = join;
            lineStart = i + 1;
        }
        return sb.toString();
    }

    private static final String SENTENCE_END = ".!?:;\"”’')]";
    private static final int WRAPPED_LINE_CHARS = 40;
    private static final Set<String> NO_SENTENCE_ENDS_ON = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and",
            "or", "but", "with", "at", "by", "from", "that", "as", "its", "their", "his", "her", "our", "is", "are", "was", "were");

    /**
     * The tagger, the NER and the parser cost more than linearly in a sentence's length, so a text
     * that never ends a sentence (a run of quotation marks, "said said said …") would take minutes: a
     * stretch of {@value #MAX_SENTENCE_CHARS} characters with no full stop or line break is broken at
     * its last space (or, with none, where it stands). News sentences stay far shorter.
     */
    private static void breakLongSentences(StringBuilder sb) {
        int since = 0;
        int lastSpace = -1;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                since = 0;
                lastSpace = -1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                lastSpace = i;
            }
            if (++since >= MAX_SENTENCE_CHARS) {
                int at = lastSpace > i - MAX_SENTENCE_CHARS / 2 ? lastSpace : i;
                sb.setCharAt(at, '\n');
                since = i - at;
                lastSpace = -1;
            }
        }
    }

    static final int MAX_SENTENCE_CHARS = 1_000;

    private static final Pattern ABBREVIATIONS = Pattern.compile("\\b(Sec|Amb|Adm|Dep)\\.(?= [A-Z])");
    /** A place in capitals, or any place with an agency in brackets, then a date or region, then a dash, at a paragraph's start. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(?:\\p{Lu}[\\p{Lu}.'’ -]{0,60}\\p{Lu}\\.?(?:,[^\\n()–—]{1,40}?)?(?:\\s*\\([^)\\n]{1,40}\\))?"
                    + "|\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:,[^\\n()–—]{1,40}?)?\\s*\\([^)\\n]{1,40}\\))"
                    + "(?:\\s*(?<dash>[-–—])\\s|(?<=\\))(?<space>\\s)(?=\\p{Lu}))");

    /** "Grunsfeld ? a former astronaut ? suggested": a dash the page's encoding lost, between words. */
    private static final Pattern LOST_DASH = Pattern.compile("(?<=\\w )\\?(?= \\p{Ll})");

    /** " date 2019-11-07 MONTREAL - …": the date some pages open with is a line of its own. */
    private static final Pattern DATE_STAMP = Pattern.compile("\\A(\\s*date \\d{4}-\\d{2}-\\d{2}) ");

    /** "SINGAPORE: Refunds …", "NEW DELHI: The court …": a place in capitals and a colon (three letters at least, not "EU: …"). */
    private static final Pattern COLON_DATELINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,})*:(?= \\p{Lu})");

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

    /**
     * "he’s against", "it’s time", "that’s": the tagger often reads the clitic after a pronoun as a
     * possessive (always with a curly apostrophe), and the parse then loses the clause's verb. A pronoun
     * owns nothing with "’s", so there it is "is" or "has"; it is retagged before the parse.
     */
    private static void contractedVerbs(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.tag().equals("POS") && t.word().replace('’', '\'').equals("'s")
                    && tokens.get(i - 1).tag().matches("PRP|DT|EX|WP")) {
                t.setTag("VBZ");
                t.setLemma("be");
            }
        }
    }

    @Override
    public void process(Document document) {
        Annotation annotation = new Annotation(forTokenizer(document.text()));
        nlp.annotate(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            Pipeline.stopIfInterrupted();
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            contractedVerbs(tokens);
            SemanticGraph graph = needsParse.test(tokens)
                    ? SemanticGraphFactory.makeFromTree(parser.predict(sentence), SemanticGraphFactory.Mode.BASIC,
                    GrammaticalStructure.Extras.NONE, null)
                    : new SemanticGraph();
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);
        }
        document.setAnnotation(annotation);
    }
}
