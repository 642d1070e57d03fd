/**
 * The files of a year (design.md §7, §8), written from the warehouse alone: the contract CSV files and
 * the lists beside them ({@link org.pubstats.report.YearExports}: county-summary, rejected, review, files, items, and
 * the review workbook review-YYYY.xlsx the office decides in, {@code ReviewWorkbook}),
 * the year-end workbook, draft annual report and per-department feedback workbooks
 * ({@link org.pubstats.report.YearEndReport}; from 2019 also table3-YYYY.csv and every department's own draft, the
 * layout by {@link org.pubstats.report.FormatEdition}), the workbook of a month, quarter or half year
 * ({@link org.pubstats.report.PeriodReport}, {@link org.pubstats.report.Period}), and what the console prints after a run
 * ({@link org.pubstats.report.ConsoleTable}, {@link org.pubstats.report.RunSummary}). Workbooks are
 * streamed; every file is written whole or not at all, and a feedback workbook whose content did not
 * change is kept ({@link org.pubstats.report.ExportedFiles} records what was written where).
 *
 * <p>Public surface: {@code YearExports}, {@code YearEndReport}, {@code ExportedFiles} (used by {@code job}),
 * {@code ConsoleTable}, {@code RunSummary}, {@code TableThreeSummary}, {@code YearEndReport}, {@code PeriodReport} and
 * {@code Period} (used by {@code ops}).
 *
 * <p>Database: writes {@code export_file} (what was written where); reads {@code county_figures} (through
 * {@code figures.CountyFiguresRepository}), {@code department_figures}, {@code month_figures},
 * {@code channel_figures}, {@code category_figures}, {@code item}, {@code item_member} and {@code item_row} (an
 * item's representative row), {@code review_pair}, {@code source_file}, the views {@code v_review_pairs} and
 * {@code v_files}, {@code counted_form} and {@code counted_form_figure} (the department forms, design.md §2.5), and
 * {@code active_item_row}, {@code active_request_row}, {@code active_rejected_row} and {@code counted_request},
 * {@code request_figures} (Table 三) and {@code v_figure_items} (a department's draft); the
 * department list of {@code figures.BreakdownFigures} for a period. Files: the output
 * folder ({@code --out}); the decided rows of {@code jobs/review-decisions.xlsx} reach review-YYYY.xlsx through a
 * supplier the job hands over (read by {@code dedup.DecisionsWorkbook}), not by an import.
 *
 * <p>Depends on {@code figures} ({@code CountyFigures}, {@code CountyFiguresRepository}, {@code BreakdownFigures}) and on
 * {@code intake.ReasonCode} for the words of a reason code, and on {@code normalise.RequestWords} for Table 三's rows
 * and columns.
 */
package org.pubstats.report;
