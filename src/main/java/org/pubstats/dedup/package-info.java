/**
 * 相同信息计1条 (design.md §5): the dedup step joins the accepted item rows of active files into distinct
 * items by the rules' match keys ({@link org.pubstats.dedup.Deduplication}, {@code DedupKeys}), fully or
 * only where files changed, and the review step lists the look-alikes the rules do not join, each with its
 * reason ({@link org.pubstats.dedup.ReviewPairsTasklet}, {@link org.pubstats.dedup.TitleSimilarity}, {@code LeadingUnit},
 * {@code SameTitleChain} for the same title beyond {@code review-max-days}). Also owns the office's decisions from
 * {@code jobs/dedup-overrides.csv} ({@link org.pubstats.dedup.DedupOverrides}) and from the review workbook saved as
 * {@code jobs/review-decisions.xlsx} ({@link org.pubstats.dedup.DecisionsWorkbook}); a 分开 cuts the rules' merges
 * ({@code KeptApart}, {@code CutComponents}).
 *
 * <p>Public surface: the two steps' tasklets ({@link org.pubstats.dedup.DedupTasklet},
 * {@code ReviewPairsTasklet}), their settings ({@link org.pubstats.dedup.ReviewRules}) and
 * {@code DedupOverrides} and {@code DecisionsWorkbook}, all used by {@code job}.
 *
 * <p>Database: writes {@code item}, {@code item_member}, {@code review_pair} and its working tables
 * ({@code dedup_key}, {@code dedup_key_file}, {@code dedup_key_state}, {@code dedup_run},
 * {@code dedup_changed_item}, {@code review_state}); reads {@code item_row}, {@code source_file} and the
 * view {@code active_item_row}. The stages after it read {@code item} and, for incremental work,
 * {@code dedup_run} and {@code dedup_changed_item}.
 *
 * <p>Depends on {@code normalise} ({@code KeyNormaliser}, {@code DateParser}, to read the office's
 * decisions as the rows were normalised), {@code jobsdir} (reading {@code dedup-overrides.csv}, its errors) and
 * {@code intake}'s format contract ({@code TableFormat}, {@code TableCursor}: the saved review workbook is opened by the
 * inbox's guarded xlsx reader, which the job hands over); the rows it deduplicates come through the database, not
 * through {@code intake} or {@code warehouse} classes.
 */
package org.pubstats.dedup;
