package org.pubstats.dedup;

import java.time.LocalDate;

/**
 * An item as the review pass sees it: its representative row's title, date and department; {@code changed}
 * when the last dedup changed it (an incremental pass compares only pairs with a changed item).
 */
record ReviewItem(long itemId, long rowId, String titleNorm, LocalDate date, String department, boolean changed) {

    ReviewItem(long itemId, long rowId, String titleNorm, LocalDate date, String department) {
        this(itemId, rowId, titleNorm, date, department, false);
    }
}
