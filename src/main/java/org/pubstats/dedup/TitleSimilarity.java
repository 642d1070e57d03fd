package org.pubstats.dedup;

import java.util.Arrays;

/**
 * How alike two normalised titles are: a weighted Dice of their character bigrams, twice the weight
 * of the bigrams they share over the weight of all the bigrams of both, a number in [0, 1] that is 1
 * for equal titles and the same both ways round. Chinese titles have no word boundaries, so bigrams
 * of characters stand for words; each weighs by its rarity ({@link GramRarity}), so titles that share
 * only frames ("呼玛县…关于印发…的通知") are far apart, and a differing rare word (another unit's name,
 * another subject) weighs more than a differing frame word (公示 for 公开).
 *
 * <p>A department's own name is a frame of its titles too, but a rare one: the bigrams that are in
 * both items' department names weigh a tenth, so that two titles of one department are not alike for
 * the name they both carry. Bigrams are sorted arrays of longs (two code points each), so comparing
 * two titles is one merge without allocation; the review pass compares many pairs.
 */
public final class TitleSimilarity {

    /** What a bigram of both departments' names weighs, against its rarity. */
    static final double FRAME = 0.1;

    private TitleSimilarity() {
    }

    /** The title's bigrams, sorted, a repeated bigram as often as it occurs; a one-character title is its character. */
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

    static double of(WeightedTitle a, WeightedTitle b) {
        if (a.norm().equals(b.norm())) {
            return 1.0;
        }
        long[] ga = a.grams();
        long[] gb = b.grams();
        float[] wa = a.weights();
        float[] wb = b.weights();
        boolean[] fa = a.framed();
        boolean[] fb = b.framed();
        // Titles of one department share their frame: a bigram of one is then in the other's frame exactly when in its own.
        boolean oneFrame = a.frame() == b.frame();
        double shared = 0;
        double total = 0;
        int i = 0;
        int j = 0;
        while (i < ga.length && j < gb.length) {
            if (ga[i] == gb[j]) {
                double w = (wa[i] + wb[j]) * (fa[i] && fb[j] ? FRAME : 1.0);
                shared += w;
                total += w;
                i++;
                j++;
            } else if (ga[i] < gb[j]) {
                total += onlyIn(wa[i], fa[i], ga[i], b, oneFrame);
                i++;
            } else {
                total += onlyIn(wb[j], fb[j], gb[j], a, oneFrame);
                j++;
            }
        }
        for (; i < ga.length; i++) {
            total += onlyIn(wa[i], fa[i], ga[i], b, oneFrame);
        }
        for (; j < gb.length; j++) {
            total += onlyIn(wb[j], fb[j], gb[j], a, oneFrame);
        }
        return total == 0 ? 0 : shared / total;
    }

    /**
     * What a bigram of one title that the other lacks weighs: a tenth when it is in both titles' frames. It is in
     * the other's only if in its own ({@code framed}), so the other's frame is searched only then, and not at all
     * when both titles share one frame.
     */
    private static double onlyIn(float weight, boolean framed, long gram, WeightedTitle other, boolean oneFrame) {
        return weight * (framed && (oneFrame || other.inFrame(gram)) ? FRAME : 1.0);
    }
}
