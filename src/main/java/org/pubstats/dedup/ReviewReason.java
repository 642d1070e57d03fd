package org.pubstats.dedup;

/** Why a pair is on the review list (design.md §5; V18 {@code review_pair.reason}). */
enum ReviewReason {

    /** Titles alike but not equal, dates at most {@code review-max-days} apart. */
    ALIKE_TITLES("近似标题"),
    /** The same normalised title and date: not merged, so their document numbers differ. */
    SAME_TITLE_SAME_DATE("同题同日异文号"),
    /** The same normalised title on other dates (re-uploads, also beyond {@code review-max-days}). */
    SAME_TITLE_OTHER_DATE("同题异日");

    private final String label;

    ReviewReason(String label) {
        this.label = label;
    }

    /** As stored in {@code review_pair.reason} and shown to the office. */
    String label() {
        return label;
    }

    static ReviewReason of(ReviewItem a, ReviewItem b) {
        if (!a.titleNorm().equals(b.titleNorm())) {
            return ALIKE_TITLES;
        }
        return a.date().equals(b.date()) ? SAME_TITLE_SAME_DATE : SAME_TITLE_OTHER_DATE;
    }
}
