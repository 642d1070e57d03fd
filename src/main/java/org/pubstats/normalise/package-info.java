/**
 * From source row to outcome (design.md §2.2–§4): each row read becomes exactly one accepted item row
 * ({@link org.pubstats.normalise.ItemRow}) or request row ({@link org.pubstats.normalise.RequestRow}), a
 * rejected row with a stable reason ({@link org.pubstats.normalise.RejectedRow},
 * {@link org.pubstats.normalise.RejectReason}) or a skipped row ({@link org.pubstats.normalise.SkippedRow}).
 * Owns the date forms ({@link org.pubstats.normalise.DateParser}), the split of multi-valued cells
 * ({@link org.pubstats.normalise.ValueSplitter}), the channel and category dictionaries of {@code jobs/}
 * ({@link org.pubstats.normalise.Dictionary}), the request words of Table 三 ({@link org.pubstats.normalise.RequestWords}:
 * {@code jobs/applicant-types.csv}, {@code jobs/request-outcomes.csv}) and the normalised keys that deduplication compares
 * ({@link org.pubstats.normalise.KeyNormaliser}, design.md §3).
 *
 * <p>Public surface: {@link org.pubstats.normalise.RowInterpreter} (the Spring Batch processor of the load
 * step), {@code Dictionary}, {@code RequestWords} (its Table 三 rows and columns also read by {@code report}), the
 * outcome records, and {@code KeyNormaliser} and {@code DateParser}, which
 * {@code dedup} also uses to read the office's decisions.
 *
 * <p>Database: none; it reads {@code jobs/channels.csv}, {@code jobs/categories.csv}, {@code jobs/applicant-types.csv}
 * and {@code jobs/request-outcomes.csv}.
 *
 * <p>Depends on {@code intake} (the rows and column maps it interprets, the reason codes) and
 * {@code jobsdir} (reading the dictionaries).
 */
package org.pubstats.normalise;
