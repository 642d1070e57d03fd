package org.pubstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.pubstats.figures.ChannelSplit;
import org.pubstats.figures.CountyFigures;
import org.pubstats.report.ExportedFiles.ExportedFile;
import org.pubstats.report.ExportedFiles.Part;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The files of the automation contract (design.md §7, §8) for one year: county-summary-YYYY.csv,
 * rejected-YYYY.csv, review-YYYY.csv and the review workbook review-YYYY.xlsx, files-YYYY.csv and items-YYYY.csv,
 * read from the warehouse only (but for the decisions the review workbook carries). The long ones are streamed from a
 * cursor, so this runs inside a transaction (the export step's).
 */
public class YearExports {

    public static final List<String> COUNTY_HEADER = List.of("公开渠道和领域", "政府网站", "通过其他方式公开", "规范性文件",
            "试点领域", "重点领域", "在线调查", "依申请公开");

    /** items-YYYY.csv: one line per distinct item of the year, for those who read it in Excel. */
    public static final List<String> ITEMS_HEADER = List.of("信息编号", "标题", "发布日期", "发布部门", "政府网站", "其他渠道",
            "规范性文件", "试点领域", "重点领域", "在线调查", "政策解读", "报送行数", "首次来源（文件、行）");

    /** The categories flagged in items-YYYY.csv, in the order of its header, as the county row counts them. */
    private static final List<String> FLAGGED_CATEGORIES = List.of("规范性文件", "试点领域", "重点领域", "在线调查", "政策解读");

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate streaming;
    private final ExportedFiles exported;
    private final ChannelSplit channels;
    /** The decided rows of jobs/review-decisions.xlsx (cells by header text), carried into review-YYYY.xlsx. */
    private final Supplier<List<Map<String, String>>> decidedRows;

    public YearExports(JdbcTemplate jdbc, ExportedFiles exported, ChannelSplit channels,
                       Supplier<List<Map<String, String>>> decidedRows) {
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.exported = exported;
        this.channels = channels;
        this.decidedRows = decidedRows;
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
                CsvExport.write(out.resolve("review-" + year + ".csv"), ReviewWorkbook.HEADER, each -> reviewRows(year, each)),
                ReviewWorkbook.write(out.resolve("review-" + year + ".xlsx"), year, pair -> reviewPairs(year, pair),
                        decidedRows.get()),
                CsvExport.write(out.resolve("files-" + year + ".csv"),
                        List.of("file", "department", "kind", "sheets", "rows_read", "accepted", "rejected", "skipped", "reason",
                                "message"),
                        this::fileRows),
                CsvExport.write(out.resolve("items-" + year + ".csv"), ITEMS_HEADER, each -> itemRows(year, each)));
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

    /**
     * Probable duplicates touching the year in the columns of the review workbook (empty 决定 and 备注): the same list,
     * for those who filter it in a spreadsheet or a script; decisions are read from the workbook.
     */
    private void reviewRows(int year, Consumer<List<String>> each) {
        int[] number = {0};
        reviewPairs(year, p -> {
            List<String> row = new ArrayList<>(ReviewWorkbook.HEADER.size());
            row.add(Integer.toString(++number[0]));
            row.add(p.reason());
            row.add(BigDecimal.valueOf(p.similarity()).setScale(3, RoundingMode.HALF_UP).toPlainString());
            for (ReviewPair.Side side : List.of(p.a(), p.b())) {
                row.add(side.title());
                row.add(side.date());
                row.add(side.docNo());
                row.add(side.department());
                row.add(side.file());
                row.add(side.sheet());
                row.add(side.row() == null ? "" : Integer.toString(side.row()));
            }
            row.add("");
            row.add("");
            each.accept(row);
        });
    }

    /** The list in its order (YearEndQueries.REVIEW_PAIRS_OF_YEAR), one pair at a time. */
    private void reviewPairs(int year, Consumer<ReviewPair> each) {
        streaming.query(YearEndQueries.REVIEW_PAIRS_OF_YEAR, rs -> {
            each.accept(YearEndQueries.reviewPair(rs));
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

    /**
     * The distinct items of the year (design.md §5, §6), one line each, in the order of their representative rows'
     * places (date, department, file, sheet, row: the same on every run, ids depend on the load). The flags say
     * which figures of the county row the item counts in, by the same rules as the county row: 政府网站 and 其他渠道 by
     * {@link ChannelSplit}, the categories by the item's (merged) categories; so each flag column counts 是 as often
     * as its county figure. 发布部门 and 首次来源 are those of the representative row, which gives the title and date.
     * 信息编号 is the item's id (v_items.item_id), the one column that depends on the load rather than the inbox.
     */
    private void itemRows(int year, Consumer<List<String>> each) {
        StringBuilder flags = new StringBuilder();
        for (String category : FLAGGED_CATEGORIES) {
            flags.append(", '").append(category).append("' = ANY (i.categories)");
        }
        streaming.query("""
                SELECT i.id, i.title, i.publish_date, r.department, f.rel_path, r.sheet, r.row_no, i.row_count,
                       %s, %s%s
                  FROM item i
                  LEFT JOIN item_row r ON r.id = i.rep_row_id
                  LEFT JOIN source_file f ON f.id = r.file_id
                 WHERE i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 ORDER BY i.publish_date, r.department, f.rel_path, r.sheet, r.row_no, i.id"""
                        .formatted(channels.website("i.channels"), channels.other("i.channels"), flags),
                rs -> {
                    List<String> row = new ArrayList<>(ITEMS_HEADER.size());
                    row.add(Long.toString(rs.getLong("id")));
                    row.add(rs.getString("title"));
                    row.add(rs.getString("publish_date"));
                    row.add(rs.getString("department") == null ? "" : rs.getString("department"));
                    // The flags: columns 9 on (website, other, then the categories), 是 or empty.
                    for (int column = 9; column < 9 + 2 + FLAGGED_CATEGORIES.size(); column++) {
                        row.add(rs.getBoolean(column) ? "是" : "");
                    }
                    row.add(Integer.toString(rs.getInt("row_count")));
                    row.add(place(rs.getString("rel_path"), rs.getString("sheet"), (Integer) rs.getObject("row_no")));
                    each.accept(row);
                }, year, year);
    }

    /** Where a row is, as the office finds it: 财政局/目录.xlsx，工作表“2018”第5行 (a CSV file has no sheet). */
    static String place(String file, String sheet, Integer row) {
        if (file == null) {
            return "";
        }
        StringBuilder place = new StringBuilder(file);
        if (sheet != null && !sheet.isEmpty()) {
            place.append("，工作表“").append(sheet).append('”');
        }
        if (row != null) {
            place.append(sheet != null && !sheet.isEmpty() ? "" : "，").append('第').append(row).append('行');
        }
        return place.toString();
    }
}
