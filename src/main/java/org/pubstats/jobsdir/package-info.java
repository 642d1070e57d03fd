/**
 * Reading the files the office edits under {@code jobs/} (header synonyms, the channel and category
 * dictionaries, the dedup overrides): one set of rules for all of them — the encodings Notepad and
 * Excel save, quoted fields, {@code #} comments — and errors that name the file and the line (or, for the saved
 * review workbook {@code jobs/review-decisions.xlsx}, which {@code dedup.DecisionsWorkbook} reads, the sheet and row).
 * What a line means is left to each stage; this package imports nothing else from pubstats, as every
 * stage uses it.
 */
package org.pubstats.jobsdir;
