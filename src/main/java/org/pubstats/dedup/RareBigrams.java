package org.pubstats.dedup;

import java.util.Arrays;

/**
 * The bigrams a title is found by in the review window: its rarest, as many as a title at least
 * {@code similarity} alike must share one of (prefix filtering). Two titles reach similarity t only
 * if they share at least t/(2−t) of the title's weight, so once the bigrams left out weigh less than
 * that, one of those taken in must be shared. Rarest first by the year's counts, the same order for
 * every title, so both titles of an alike pair take in the shared one. The bigrams of the department's
 * own name are frames and find nothing (they would find the whole department).
 */
final class RareBigrams {

    private RareBigrams() {
    }

    static long[] of(WeightedTitle title, int year, GramRarity rarity, double similarity) {
        long[] grams = title.grams();
        float[] weights = title.weights();
        int distinct = 0;
        long[] tokens = new long[grams.length];
        double[] tokenWeights = new double[grams.length];
        boolean[] framed = title.framed();
        for (int i = 0; i < grams.length; i++) {
            if (framed[i]) {
                continue;
            }
            if (distinct > 0 && tokens[distinct - 1] == grams[i]) {
                tokenWeights[distinct - 1] += weights[i];
            } else {
                tokens[distinct] = grams[i];
                tokenWeights[distinct++] = weights[i];
            }
        }
        // Fewest departments first, then the bigram's own order (tokens are sorted): one sort of longs.
        long[] order = new long[distinct];
        for (int i = 0; i < distinct; i++) {
            order[i] = (long) rarity.departmentsUsing(year, tokens[i]) << 32 | i;
        }
        Arrays.sort(order);
        double total = title.selfFramedWeight();
        double mustShare = similarity / (2 - similarity) * total;
        double taken = 0;
        int count = 0;
        long[] prefix = new long[distinct];
        while (count < distinct) {
            int i = (int) order[count];
            prefix[count++] = tokens[i];
            taken += tokenWeights[i];
            if (total - taken < mustShare) {
                break;
            }
        }
        return Arrays.copyOf(prefix, count);
    }
}
