package org.pubstats.dedup;

import java.time.LocalDate;

/** An item as the review pass sees it: its representative row's title, date and department. */
record ReviewItem(long itemId, long rowId, String titleNorm, LocalDate date, String department) {
}
