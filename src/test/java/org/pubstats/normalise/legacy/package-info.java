/**
 * The normaliser as it was before its per-row costs were cut (regular expressions, streams and
 * NFKC on every value), copied unchanged but for visibility: the reference that
 * {@code NormaliserEquivalenceTest} holds today's classes to, value by value and row by row.
 */
package org.pubstats.normalise.legacy;
