package org.pubstats.dedup;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/** A pair of window items alike enough to list, while it waits to be among the best of both. */
final class HeldPair {

    /**
     * Most alike first; then the nearer in date, then the nearer in the pass's order (rows of one list together),
     * so ties fall the same way every run: the pass's order follows the rows' places, not ids the load handed out.
     */
    static final Comparator<HeldPair> BETTER_FIRST = Comparator.comparingDouble((HeldPair p) -> -p.similarity)
            .thenComparingLong(p -> p.daysApart)
            .thenComparingLong(p -> p.later.seq - p.earlier.seq)
            .thenComparingLong(p -> p.earlier.seq)
            .thenComparingLong(p -> p.later.seq);

    final WindowItem earlier;
    final WindowItem later;
    final float similarity;
    private final long daysApart;
    /** False once either item let the pair go for better ones. */
    boolean kept = true;

    HeldPair(WindowItem earlier, WindowItem later, float similarity) {
        this.earlier = earlier;
        this.later = later;
        this.similarity = similarity;
        this.daysApart = ChronoUnit.DAYS.between(earlier.item().date(), later.item().date());
    }

    WindowItem other(WindowItem one) {
        return one == earlier ? later : earlier;
    }

    ReviewPair toReviewPair() {
        return new ReviewPair(earlier.item().itemId(), later.item().itemId(), earlier.item().rowId(),
                later.item().rowId(), similarity, ReviewReason.of(earlier.item(), later.item()));
    }
}
