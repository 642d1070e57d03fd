package org.pubstats.dedup;

/**
 * What a review pass did: items read, candidate pairs compared (in all, and at most for one item),
 * pairs listed. The comparisons grow with the items, not with their square.
 */
record ReviewCounts(long items, long compared, int mostComparedForOneItem, long pairs) {
}
