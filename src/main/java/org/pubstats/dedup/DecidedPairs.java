package org.pubstats.dedup;

import java.util.HashSet;
import java.util.Set;

import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;

/** The pairs the office decided in the overrides file, which the review list leaves out. */
final class DecidedPairs {

    private final DedupOverrides overrides;
    /** Every side of a decision: most alike pairs have neither, and are let through without a search. */
    private final Set<Side> sides = new HashSet<>();

    DecidedPairs(DedupOverrides overrides) {
        this.overrides = overrides;
        for (Decision decision : overrides.decisions()) {
            sides.add(decision.a());
            sides.add(decision.b());
        }
    }

    boolean covers(ReviewItem a, ReviewItem b) {
        Side x = new Side(a.titleNorm(), a.date());
        Side y = new Side(b.titleNorm(), b.date());
        return sides.contains(x) && sides.contains(y) && overrides.decided(x, y);
    }
}
