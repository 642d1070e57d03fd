package org.pubstats.dedup;

import java.util.Arrays;

/**
 * Character-bigram (Dice) similarity of two normalised titles: 1.0 for equal titles, high for titles
 * differing in a character or two. Chinese titles have no word boundaries, so bigrams of characters
 * are the usual measure. Bigrams are kept as a sorted array of longs (two code points each), so
 * comparing two titles is one merge without allocation — the review pass compares many pairs.
 */
public final class TitleSimilarity {

    private TitleSimilarity() {
    }

    static long[] bigrams(String title) {
        int[] cps = title.codePoints().toArray();
        if (cps.length == 1) {
            return new long[] {cps[0]};
        }
        long[] grams = new long[Math.max(0, cps.length - 1)];
        for (int i = 0; i + 1 < cps.length; i++) {
            grams[i] = ((long) cps[i] << 32) | (cps[i + 1] & 0xFFFFFFFFL);
        }
        Arrays.sort(grams);
        return grams;
    }

    static double dice(long[] a, long[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    /** Dice can reach {@code threshold} only if the shorter title is not much shorter than the longer. */
    static boolean lengthsAllow(long[] a, long[] b, double threshold) {
        int small = Math.min(a.length, b.length);
        int large = Math.max(a.length, b.length);
        return 2.0 * small >= threshold * (small + large);
    }

    public static double of(String a, String b) {
        return a.equals(b) ? 1.0 : dice(bigrams(a), bigrams(b));
    }
}
