package org.pubstats.dedup;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * A title ready to be compared many times ({@link TitleSimilarity}): its bigrams, sorted, each one's
 * weight (its rarity in the title's year), the bigrams of its department's name (its frame), and for
 * each bigram whether it is in that frame — known once here, so that comparing looks a bigram up in
 * the other title's frame only when it is in this one's (rarely), not for every bigram of every pair.
 */
record WeightedTitle(String norm, long[] grams, float[] weights, long[] frame, boolean[] framed, long frameBits) {

    static WeightedTitle of(String titleNorm, String department, LongToDoubleFunction weights) {
        return of(titleNorm, frameOf(department), weights);
    }

    /** @param frame the department's name as {@link #frameOf} gives it (the review pass keeps one per department) */
    static WeightedTitle of(String titleNorm, long[] frame, LongToDoubleFunction weights) {
        long[] grams = TitleSimilarity.bigrams(titleNorm);
        float[] w = new float[grams.length];
        boolean[] framed = new boolean[grams.length];
        for (int i = 0; i < grams.length; i++) {
            boolean repeated = i > 0 && grams[i] == grams[i - 1];
            w[i] = repeated ? w[i - 1] : (float) weights.applyAsDouble(grams[i]);
            framed[i] = repeated ? framed[i - 1] : Arrays.binarySearch(frame, grams[i]) >= 0;
        }
        return new WeightedTitle(titleNorm, grams, w, frame, framed, bitsOf(frame));
    }

    /** A department's name as a frame: its distinct bigrams, sorted. */
    static long[] frameOf(String department) {
        return Arrays.stream(TitleSimilarity.bigrams(department)).distinct().toArray();
    }

    /** Whether the bigram is in this title's frame; a bit per bigram's hash answers most "no"s without a search. */
    boolean inFrame(long gram) {
        return (frameBits & bit(gram)) != 0 && Arrays.binarySearch(frame, gram) >= 0;
    }

    private static long bitsOf(long[] frame) {
        long bits = 0;
        for (long gram : frame) {
            bits |= bit(gram);
        }
        return bits;
    }

    private static long bit(long gram) {
        return 1L << ((gram * 0x9E3779B97F4A7C15L) >>> 58);
    }

    /** The weight of all the title's bigrams, those of its own department's name as frame. */
    double selfFramedWeight() {
        double total = 0;
        for (int i = 0; i < grams.length; i++) {
            total += weights[i] * (framed[i] ? TitleSimilarity.FRAME : 1.0);
        }
        return total;
    }
}
