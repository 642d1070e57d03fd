package org.pubstats.sample;

import java.util.Locale;

/**
 * The review list of the sample inbox measured against the truth ({@link SampleTruth}, design.md §5).
 *
 * @param listed           pairs on the review list
 * @param sameItem         listed pairs whose two rows report one true item (a merge the rules missed)
 * @param lookAlikesListed listed pairs made to look alike on purpose
 * @param lookAlikes       pairs made to look alike on purpose, listed or not
 */
public record ReviewListMeasure(int listed, int sameItem, int lookAlikesListed, int lookAlikes) {

    /**
     * Before issue 10's review changes (reasons, 同题异日 beyond {@code review-max-days}, unit names): the
     * same-title pairs weeks apart were not listed, and pairs differing only in their leading unit were.
     */
    public static final ReviewListMeasure BEFORE = new ReviewListMeasure(26, 0, 14, 22);

    /** What the committed sample inbox gives now; {@code SampleReviewTruthRunTest} holds the run to it. */
    public static final ReviewListMeasure AFTER = new ReviewListMeasure(33, 0, 22, 22);

    /** Listed pairs that are truly one item or truly made alike, over the listed pairs. */
    public double precision() {
        return listed == 0 ? 1.0 : (sameItem + lookAlikesListed) / (double) listed;
    }

    /** Pairs made alike that are listed, over all pairs made alike. */
    public double recall() {
        return lookAlikes == 0 ? 1.0 : lookAlikesListed / (double) lookAlikes;
    }

    /** One line of the expected report. */
    String describe() {
        return String.format(Locale.ROOT, "%d pairs listed; precision %.3f (%d of them truly one item or made alike); "
                        + "recall %.3f (%d of the %d pairs made alike listed)", listed, precision(),
                sameItem + lookAlikesListed, recall(), lookAlikesListed, lookAlikes);
    }
}
