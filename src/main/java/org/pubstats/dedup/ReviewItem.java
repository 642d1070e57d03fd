package org.pubstats.dedup;

import java.time.LocalDate;

/**
 * An item as the review pass sees it: its representative row's title, date and department; {@code changed}
 * when the last dedup changed it (an incremental pass compares only pairs with a changed item); {@code own}
 * when it belongs to the stretch of dates being passed, not to the days before it that are read as
 * candidates only ({@link ReviewSlice}).
 */
record ReviewItem(long itemId, long rowId, String titleNorm, LocalDate date, String department, boolean changed,
                  boolean own) {

    ReviewItem(long itemId, long rowId, String titleNorm, LocalDate date, String department) {
        this(itemId, rowId, titleNorm, date, department, false, true);
    }

    ReviewItem(long itemId, long rowId, String titleNorm, LocalDate date, String department, boolean changed) {
        this(itemId, rowId, titleNorm, date, department, changed, true);
    }
}
