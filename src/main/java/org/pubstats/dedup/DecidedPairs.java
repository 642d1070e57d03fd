package org.pubstats.dedup;

import java.util.HashSet;
import java.util.Set;

import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;

/** The pairs the office decided in the overrides file, which the review list leaves out. */
final class DecidedPairs {

    private final DedupOverrides overrides;
    /**
     * Every side of a decision by title and date: most alike pairs have neither, and are let through without a
     * search. The review items carry no document number, so a side's number is not compared here.
     */
    private final Set<Side> sides = new HashSet<>();

    DecidedPairs(DedupOverrides overrides) {
        this.overrides = overrides;
        for (Decision decision : overrides.decisions()) {
            sides.add(new Side(decision.a().titleNorm(), decision.a().date()));
            sides.add(new Side(decision.b().titleNorm(), decision.b().date()));
        }
    }

    boolean covers(ReviewItem a, ReviewItem b) {
        Side x = new Side(a.titleNorm(), a.date());
        Side y = new Side(b.titleNorm(), b.date());
        return sides.contains(x) && sides.contains(y) && overrides.decided(x, y);
    }
}
