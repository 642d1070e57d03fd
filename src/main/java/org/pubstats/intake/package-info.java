/**
 * Reading the inbox (design.md §2.1, §2.2): listing its files, finding each sheet's header and handing
 * out every row read, so that none goes missing.
 *
 * <p>Owns: the walk of the inbox and its boundary ({@link org.pubstats.intake.InboxScanner}, with
 * {@link org.pubstats.intake.SkipReason} for every entry not read), header detection against
 * {@code jobs/header-synonyms.csv} ({@link org.pubstats.intake.HeaderSynonyms},
 * {@link org.pubstats.intake.ColumnMap}, {@link org.pubstats.intake.Field}), and the row stream
 * ({@link org.pubstats.intake.InboxRowReader}, a Spring Batch reader) of
 * {@link org.pubstats.intake.IntakeRecord}s: a {@link org.pubstats.intake.SourceRow} per row, then a
 * {@link org.pubstats.intake.FileEnd} or {@link org.pubstats.intake.FileFailed} per file. Control
 * characters are removed here ({@link org.pubstats.intake.ControlCharacters}).
 *
 * <p>Public surface: {@code InboxScanner}, {@code InboxRowReader}, {@code HeaderSynonyms}, the records
 * above, and the contract a file format implements ({@link org.pubstats.intake.TableFormat},
 * {@link org.pubstats.intake.TableCursor}, {@link org.pubstats.intake.RawRow},
 * {@link org.pubstats.intake.TableFormatRegistry}, {@link org.pubstats.intake.UnreadableFileException}).
 *
 * <p>Database: none; it reads files only (the inbox and {@code jobs/header-synonyms.csv}).
 *
 * <p>Depends on {@code jobsdir} only (reading {@code header-synonyms.csv}): it is the start of the flow.
 * {@code ReasonCode} here is the one home of every reason code, with its Chinese label. The formats in
 * {@code intake.format} plug in through {@code TableFormat}; this package does not import them.
 */
package org.pubstats.intake;
