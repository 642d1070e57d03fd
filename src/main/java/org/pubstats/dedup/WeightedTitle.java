package org.pubstats.dedup;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * A title ready to be compared many times ({@link TitleSimilarity}): its bigrams, sorted, each one's
 * weight (its rarity in the title's year), and the bigrams of its department's name, its frame.
 */
record WeightedTitle(String norm, long[] grams, float[] weights, long[] frame) {

    static WeightedTitle of(String titleNorm, String department, LongToDoubleFunction weights) {
        long[] grams = TitleSimilarity.bigrams(titleNorm);
        float[] w = new float[grams.length];
        for (int i = 0; i < grams.length; i++) {
            w[i] = i > 0 && grams[i] == grams[i - 1] ? w[i - 1] : (float) weights.applyAsDouble(grams[i]);
        }
        return new WeightedTitle(titleNorm, grams, w, Arrays.stream(TitleSimilarity.bigrams(department)).distinct().toArray());
    }

    boolean inFrame(long gram) {
        return Arrays.binarySearch(frame, gram) >= 0;
    }

    /** The weight of all the title's bigrams, those of its own department's name as frame. */
    double selfFramedWeight() {
        double total = 0;
        for (int i = 0; i < grams.length; i++) {
            total += weights[i] * (inFrame(grams[i]) ? TitleSimilarity.FRAME : 1.0);
        }
        return total;
    }
}
