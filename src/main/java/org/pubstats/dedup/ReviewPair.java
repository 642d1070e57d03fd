package org.pubstats.dedup;

/** A probable duplicate for the office to review: two items, their representative rows, how alike their titles are, and why listed. */
record ReviewPair(long itemA, long itemB, long rowA, long rowB, float similarity, ReviewReason reason) {
}
