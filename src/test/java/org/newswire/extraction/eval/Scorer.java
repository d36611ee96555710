package org.newswire.extraction.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metrics of shared/eval/score.py, computed the same way, for use inside the test suite. */
public final class Scorer {

    public record Quote(String text, String type, String speaker) {
    }

    public record Entity(String name, String type, List<String> mentions) {
    }

    public record Labels(List<Quote> quotes, List<Entity> entities, List<String> topics) {
    }

    private static final Pattern INITIAL = Pattern.compile("\\w\\.?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private int qGold, qPred, qTp, qExact, qSpk, qType, eGold, ePred, eTp, mGold, mPred, mTp, tGold, tPred, tTp, tExact, cases;

    static String norm(String s) {
        String out = s == null ? "" : s.toLowerCase(Locale.ROOT);
        out = out.replaceAll("[\u2018\u2019\u201a\u201b`']", "'").replaceAll("[\u201c\u201d\u201e\"]", "\"");
        out = out.replaceAll("\\s+", " ");
        return out.replaceAll("^[ .,;:\"']+|[ .,;:\"']+$", "");
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double tokenF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> rest = tokens(b);
        int nb = rest.size();
        if (ta.isEmpty() || rest.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : ta) {
            if (rest.remove(t)) {
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / ta.size();
        double r = (double) common / nb;
        return 2 * p * r / (p + r);
    }

    static boolean sameSpeaker(String gold, String pred) {
        if (gold == null) {
            return pred == null || pred.isEmpty();
        }
        if (pred == null || pred.isEmpty()) {
            return false;
        }
        String gn = norm(gold);
        String pn = norm(pred);
        if (gn.equals(pn)) {
            return true;
        }
        // a middle initial does not make another person ("Rod J. Rosenstein" = "Rod Rosenstein")
        gn = withoutInitials(gn);
        pn = withoutInitials(pn);
        if (gn.isEmpty() || pn.isEmpty()) {
            return false;
        }
        if (gn.equals(pn)) {
            return true;
        }
        String[] g = gn.split(" ");
        String[] p = pn.split(" ");
        return g[g.length - 1].equals(p[p.length - 1]) && (gn.endsWith(pn) || pn.endsWith(gn));
    }

    /** Greedy one-to-one matching by token F1 of the quote text (at least 0.5): pairs of (gold, predicted) indexes. */
    public static List<int[]> match(List<Quote> gold, List<Quote> pred) {
        record Pair(double score, int g, int p) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                pairs.add(new Pair(tokenF1(gold.get(g).text(), pred.get(p).text()), g, p));
            }
        }
        // score.py sorts (score, gi, pi) tuples in reverse
        pairs.sort(Comparator.comparingDouble(Pair::score).thenComparingInt(Pair::g).thenComparingInt(Pair::p).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (Pair pair : pairs) {
            if (pair.score() < 0.5 || usedG.contains(pair.g()) || usedP.contains(pair.p())) {
                continue;
            }
            usedG.add(pair.g());
            usedP.add(pair.p());
            out.add(new int[]{pair.g(), pair.p()});
        }
        return out;
    }

    private static String withoutInitials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!INITIAL.matcher(w).matches()) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    public void add(Labels gold, Labels pred) {
        cases++;
        qGold += gold.quotes().size();
        qPred += pred.quotes().size();
        for (int[] pair : match(gold.quotes(), pred.quotes())) {
            Quote gq = gold.quotes().get(pair[0]);
            Quote pq = pred.quotes().get(pair[1]);
            qTp++;
            qExact += norm(gq.text()).equals(norm(pq.text())) ? 1 : 0;
            qSpk += sameSpeaker(gq.speaker(), pq.speaker()) ? 1 : 0;
            qType += gq.type().equals(pq.type() == null ? "" : pq.type().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        Set<String> ge = goldEntities(gold);
        Set<String> pe = predictedEntities(gold, pred);
        eGold += ge.size();
        ePred += pe.size();
        eTp += intersection(ge, pe);
        Set<String> gm = new HashSet<>();
        gold.entities().forEach(e -> e.mentions().forEach(m -> gm.add(key(m, e.type()))));
        Set<String> pm = new HashSet<>();
        pred.entities().forEach(e -> e.mentions().forEach(m -> pm.add(key(m, e.type()))));
        mGold += gm.size();
        mPred += pm.size();
        mTp += intersection(gm, pm);
        Set<String> gt = new HashSet<>(gold.topics());
        Set<String> pt = new HashSet<>(pred.topics());
        tGold += gt.size();
        tPred += pt.size();
        tTp += intersection(gt, pt);
        tExact += gt.equals(pt) ? 1 : 0;
    }

    /** The gold entities, each as a name-and-type key. */
    static Set<String> goldEntities(Labels gold) {
        Set<String> ge = new HashSet<>();
        for (Entity e : gold.entities()) {
            ge.add(key(e.name(), e.type()));
        }
        return ge;
    }

    /** The predicted entities, each as the key of the gold entity one of whose mentions it is named by, else its own. */
    static Set<String> predictedEntities(Labels gold, Labels pred) {
        Map<String, String> alias = new HashMap<>();
        for (Entity e : gold.entities()) {
            String key = key(e.name(), e.type());
            for (String m : e.mentions()) {
                alias.put(key(m, e.type()), key);
            }
            alias.put(key, key);
        }
        Set<String> pe = new HashSet<>();
        for (Entity e : pred.entities()) {
            String k = key(e.name(), e.type());
            pe.add(alias.getOrDefault(k, k));
        }
        return pe;
    }

    private static String key(String name, String type) {
        return norm(name) + "\u0000" + Objects.requireNonNullElse(type, "").toUpperCase(Locale.ROOT);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private static double[] prf(int tp, int npred, int ngold) {
        double p = npred == 0 ? 0 : (double) tp / npred;
        double r = ngold == 0 ? 0 : (double) tp / ngold;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    public Map<String, Double> metrics() {
        Map<String, Double> r = new LinkedHashMap<>();
        double[] q = prf(qTp, qPred, qGold);
        r.put("quote_p", q[0]);
        r.put("quote_r", q[1]);
        r.put("quote_f1", q[2]);
        r.put("quote_exact_f1", prf(qExact, qPred, qGold)[2]);
        r.put("quote_speaker_f1", prf(qSpk, qPred, qGold)[2]);
        r.put("speaker_acc", qTp == 0 ? 0 : (double) qSpk / qTp);
        r.put("quote_type_acc", qTp == 0 ? 0 : (double) qType / qTp);
        double[] e = prf(eTp, ePred, eGold);
        r.put("entity_p", e[0]);
        r.put("entity_r", e[1]);
        r.put("entity_f1", e[2]);
        r.put("mention_f1", prf(mTp, mPred, mGold)[2]);
        double[] t = prf(tTp, tPred, tGold);
        r.put("topic_p", t[0]);
        r.put("topic_r", t[1]);
        r.put("topic_f1", t[2]);
        r.put("topic_exact_acc", cases == 0 ? 0 : (double) tExact / cases);
        r.replaceAll((k, v) -> Math.round(v * 10000) / 10000.0);
        return r;
    }
}
