package org.pubstats.dedup;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * A title ready to be compared many times ({@link TitleSimilarity}): its bigrams, sorted, each one's
 * weight (its rarity in the title's year), its department's name as a {@link Frame}, and for each bigram
 * whether it is in that frame — known once here, so that comparing looks a bigram up in the other title's
 * frame only when it is in this one's (rarely), not for every bigram of every pair.
 */
record WeightedTitle(String norm, long[] grams, float[] weights, Frame frame, boolean[] framed) {

    /**
     * A department's name as a frame of its titles: its distinct bigrams, sorted, and a bit per bigram's hash
     * that answers most "not in it" without a search. The review pass makes one per department.
     */
    record Frame(long[] grams, long bits) {

        static Frame of(String department) {
            long[] grams = Arrays.stream(TitleSimilarity.bigrams(department)).distinct().toArray();
            long bits = 0;
            for (long gram : grams) {
                bits |= bit(gram);
            }
            return new Frame(grams, bits);
        }

        boolean contains(long gram) {
            return (bits & bit(gram)) != 0 && Arrays.binarySearch(grams, gram) >= 0;
        }

        private static long bit(long gram) {
            return 1L << ((gram * 0x9E3779B97F4A7C15L) >>> 58);
        }
    }

    static WeightedTitle of(String titleNorm, String department, LongToDoubleFunction weights) {
        return of(titleNorm, Frame.of(department), weights);
    }

    static WeightedTitle of(String titleNorm, Frame frame, LongToDoubleFunction weights) {
        long[] grams = TitleSimilarity.bigrams(titleNorm);
        float[] w = new float[grams.length];
        boolean[] framed = new boolean[grams.length];
        for (int i = 0; i < grams.length; i++) {
            boolean repeated = i > 0 && grams[i] == grams[i - 1];
            w[i] = repeated ? w[i - 1] : (float) weights.applyAsDouble(grams[i]);
            framed[i] = repeated ? framed[i - 1] : frame.contains(grams[i]);
        }
        return new WeightedTitle(titleNorm, grams, w, frame, framed);
    }

    boolean inFrame(long gram) {
        return frame.contains(gram);
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
