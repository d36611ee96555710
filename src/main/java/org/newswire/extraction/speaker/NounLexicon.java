package org.newswire.extraction.speaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a noun can stand for, from the dictionaries the CoreNLP models jar ships for its own
 * coreference and quote attribution: animacy and number of common nouns (Bergsma and Lin's
 * web-derived lists, {@code dcoref/*.unigrams.txt}), the gender of first names
 * ({@code dcoref/namegender.combine.txt}) and kinship nouns ({@code quoteattribution/family_words.txt}).
 * Tells "the striker" (a person) from "the club" (a body) without a list of roles. Loaded once.
 */
public final class NounLexicon {

    public enum Animacy { ANIMATE, INANIMATE, UNKNOWN }

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String DCOREF = "edu/stanford/nlp/models/dcoref/";
    private static final NounLexicon INSTANCE = new NounLexicon();

    private final Set<String> animate = words(DCOREF + "animate.unigrams.txt");
    private final Set<String> inanimate = words(DCOREF + "inanimate.unigrams.txt");
    private final Set<String> plural = words(DCOREF + "plural.unigrams.txt");
    private final Set<String> family = words("edu/stanford/nlp/models/quoteattribution/family_words.txt");
    private final Map<String, Gender> firstNames = firstNames();
    private final Set<String> maleNouns = words(DCOREF + "male.unigrams.txt");
    private final Set<String> femaleNouns = words(DCOREF + "female.unigrams.txt");
    /** Place → its adjective ("Russia" → "Russian"), and every adjective and plural to itself, from {@code dcoref/demonyms.txt}. */
    private final Map<String, String> demonyms = demonyms();

    private NounLexicon() {
    }

    public static NounLexicon get() {
        return INSTANCE;
    }

    /**
     * Written as a dictionary word is ("club", "Commissioner", "CLUB"), not as a name with capitals
     * inside it ("CeX", "eBay", "McLaren"): the web-derived lists hold such names too, as nouns.
     */
    public static boolean isWordForm(String word) {
        return word.matches("\\p{L}\\p{Ll}*+(?:-\\p{L}\\p{Ll}*+)*") || word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Animate when only the animate list has the noun, inanimate when only the inanimate one does. */
    public Animacy animacy(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        boolean a = animate.contains(w);
        boolean i = inanimate.contains(w);
        return a == i ? Animacy.UNKNOWN : a ? Animacy.ANIMATE : Animacy.INANIMATE;
    }

    /**
     * "The Vice-Chancellor", "The CEO": a role written with capitals, which a tagger or a capitalised
     * subject makes look like a name, is a description of someone.
     */
    public boolean isCapitalisedRole(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length < 2 || !words[0].equalsIgnoreCase("the")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (animacy(words[i]) != Animacy.ANIMATE) {
                return false;
            }
        }
        return true;
    }

    public boolean isPlural(String noun) {
        return plural.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** Kinship nouns ("his aunt", "her father"): an unnamed relative is nobody named. */
    public boolean isFamily(String noun) {
        return family.contains(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * The gender a person noun states by its meaning: a kinship word or a "-woman", "-man", "-ess"
     * form that only one of dcoref's web-counted gender lists holds ("sister", "spokeswoman",
     * "actress"). Those lists also hold nouns that are only mostly used of one sex ("president",
     * "coach"); those state nothing.
     */
    public Gender nounGender(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        boolean gendered = family.contains(w) || w.endsWith("man") || w.endsWith("ess"); // "-man" takes in "-woman"
        if (!gendered || maleNouns.contains(w) == femaleNouns.contains(w)) {
            return Gender.UNKNOWN;
        }
        return maleNouns.contains(w) ? Gender.MALE : Gender.FEMALE;
    }

    public Gender firstNameGender(String firstName) {
        return firstNames.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** The adjective of a place ("Russia" → "Russian"), or the word itself when it is such an adjective ("Chinese"). */
    public java.util.Optional<String> demonym(String placeOrAdjective) {
        return java.util.Optional.ofNullable(demonyms.get(placeOrAdjective));
    }

    private static Map<String, String> demonyms() {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(DCOREF + "demonyms.txt")) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 2) {
                continue;
            }
            out.putIfAbsent(f[0].replaceAll("\\.$", ""), f[1]);
            out.putIfAbsent(f[1], f[1]);
        }
        return out;
    }

    private static Map<String, Gender> firstNames() {
        Map<String, Gender> out = new HashMap<>();
        for (String line : lines(DCOREF + "namegender.combine.txt")) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                out.put(f[0], f[1].equals("MALE") ? Gender.MALE : f[1].equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN);
            }
        }
        return out;
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Iterable<String> lines(String resource) {
        InputStream in = NounLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource + " (it ships in the CoreNLP models jar)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
