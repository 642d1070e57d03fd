package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.pubstats.figures.CountyFigures;
import org.pubstats.report.ExportedFiles.ExportedFile;
import org.pubstats.report.ExportedFiles.Part;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The files of the automation contract (design.md §7, §8) for one year: county-summary-YYYY.csv,
 * rejected-YYYY.csv, review-YYYY.csv and files-YYYY.csv, read from the warehouse only. The long ones are
 * streamed from a cursor, so this runs inside a transaction (the export step's).
 */
public class YearExports {

    public static final List<String> COUNTY_HEADER = List.of("公开渠道和领域", "政府网站", "通过其他方式公开", "规范性文件",
            "试点领域", "重点领域", "在线调查", "依申请公开");

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate streaming;
    private final ExportedFiles exported;

    public YearExports(JdbcTemplate jdbc, ExportedFiles exported) {
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.exported = exported;
    }

    public List<Path> write(CountyFigures figures, Path out) {
        int year = figures.year();
        // Sorting the review list and the rejected rows in memory, not on disk (local to the export's transaction).
        streaming.execute("SET LOCAL work_mem = '64MB'");
        List<String> row = new ArrayList<>();
        row.add("数量");
        for (int value : figures.reportRow()) {
            row.add(Integer.toString(value));
        }
        List<Path> files = List.of(
                CsvExport.write(out.resolve("county-summary-" + year + ".csv"), COUNTY_HEADER, List.of(row)),
                CsvExport.write(out.resolve("rejected-" + year + ".csv"),
                        List.of("file", "sheet", "row", "reason", "message", "department", "raw"), this::rejectedRows),
                CsvExport.write(out.resolve("review-" + year + ".csv"),
                        List.of("similarity", "title_a", "date_a", "department_a", "file_a", "sheet_a", "row_a", "doc_no_a",
                                "title_b", "date_b", "department_b", "file_b", "sheet_b", "row_b", "doc_no_b"),
                        each -> reviewRows(year, each)),
                CsvExport.write(out.resolve("files-" + year + ".csv"),
                        List.of("file", "department", "kind", "sheets", "rows_read", "accepted", "rejected", "skipped", "reason",
                                "message"),
                        this::fileRows));
        exported.record(out, year, Part.CONTRACT, files.stream().map(ExportedFile::written).toList());
        return files;
    }

    private void rejectedRows(Consumer<List<String>> each) {
        streaming.query("""
                SELECT rel_path, coalesce(sheet, '') AS sheet, row_no, reason, message, department,
                       array_to_string(raw_cells, ' | ') AS raw
                  FROM active_rejected_row
                 ORDER BY rel_path, sheet NULLS FIRST, row_no NULLS FIRST""",
                rs -> {
                    each.accept(List.of(rs.getString("rel_path"), rs.getString("sheet"),
                            rs.getObject("row_no") == null ? "" : Integer.toString(rs.getInt("row_no")),
                            rs.getString("reason"), rs.getString("message"), rs.getString("department"),
                            rs.getString("raw") == null ? "" : rs.getString("raw")));
                });
    }

    /** Probable duplicates touching the year; decide them in jobs/dedup-overrides.csv. */
    private void reviewRows(int year, Consumer<List<String>> each) {
        streaming.query(YearEndQueries.REVIEW_PAIRS_OF_YEAR, rs -> {
            List<String> row = new ArrayList<>();
            row.add(rs.getString("similarity"));
            for (String side : List.of("a", "b")) {
                for (String column : List.of("title", "date", "department", "file", "sheet", "row", "doc_no")) {
                    String value = rs.getString(column + "_" + side);
                    row.add(value == null ? "" : value);
                }
            }
            each.accept(row);
        }, year, year);
    }

    /**
     * Each active file's accounting. {@code reason} is a stable code: why an entry was not read (skipped:
     * UNSUPPORTED_FILE, SYMLINK, HIDDEN_FILE …) or why a file was rejected as a whole; empty for files read.
     */
    private void fileRows(Consumer<List<String>> each) {
        streaming.query("""
                SELECT file, department, kind, sheets_read, rows_read, rows_accepted, rows_rejected, rows_skipped,
                       coalesce(reason, '') AS reason, coalesce(message, '') AS message
                  FROM v_files WHERE status = 'active' ORDER BY file""",
                rs -> {
                    each.accept(List.of(rs.getString("file"), rs.getString("department"), rs.getString("kind"),
                            rs.getString("sheets_read"), rs.getString("rows_read"),
                            rs.getString("rows_accepted"), rs.getString("rows_rejected"),
                            rs.getString("rows_skipped"), rs.getString("reason"), rs.getString("message")));
                });
    }
}
