package org.pubstats.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Character-bigram (Dice) similarity of two normalised titles: 1.0 for equal titles, high for titles
 * differing in a character or two. Chinese titles have no word boundaries, so bigrams of characters
 * are the usual measure.
 */
public final class TitleSimilarity {

    private TitleSimilarity() {
    }

    static Map<String, Integer> bigrams(String title) {
        Map<String, Integer> grams = new HashMap<>();
        int[] cps = title.codePoints().toArray();
        if (cps.length == 1) {
            grams.put(new String(cps, 0, 1), 1);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        return grams;
    }

    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA + sizeB == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> gram : a.entrySet()) {
            common += Math.min(gram.getValue(), b.getOrDefault(gram.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }

    public static double of(String a, String b) {
        return a.equals(b) ? 1.0 : dice(bigrams(a), bigrams(b));
    }
}
