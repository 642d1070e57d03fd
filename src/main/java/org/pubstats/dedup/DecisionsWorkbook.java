package org.pubstats.dedup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;
import org.pubstats.dedup.DedupOverrides.Source;
import org.pubstats.dedup.DedupOverrides.Verdict;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;
import org.pubstats.jobsdir.JobsFileException;
import org.pubstats.normalise.DateParser;
import org.pubstats.normalise.KeyNormaliser;

/**
 * The review workbook (review-YYYY.xlsx) as the office saves it into {@code jobs/review-decisions.xlsx}, with 合并 or
 * 分开 chosen in its 决定 column: every row so decided is a {@link Decision}, its sides the rows' 标题, 日期 and 文号 of
 * A and B. Columns are found by their header's text, so the office may move, add or delete other columns. Every
 * sheet with that header is read (待核查重复, and 已决定, where the list carries the decisions saved before); a sheet
 * without it (a sheet of notes) is passed over. A row with an empty 决定 is undecided. Any other 决定, or a
 * decided row whose title or date cannot be used, is an error naming the file, sheet and row: ignored, it would leave
 * the office believing the pair decided.
 * <p>
 * The file is opened by the inbox's own xlsx reader ({@link TableFormat}), with its limits against zip bombs, entity
 * expansion and oversized parts: it is a file people edit and pass around, not one pubstats wrote.
 */
public final class DecisionsWorkbook {

    /** The headers this reads, as review-YYYY.xlsx writes them (report.ReviewWorkbook). */
    static final String VERDICT = "决定";
    static final String TITLE = "标题";
    static final String DATE = "日期";
    static final String DOC_NO = "文号";

    private DecisionsWorkbook() {
    }

    /** The decisions of the workbook; none when there is no such file. */
    public static DedupOverrides read(Path file, TableFormat xlsx) {
        List<Decision> decisions = new ArrayList<>();
        rows(file, xlsx, (row, columns) -> {
            Decision decision = decision(file.toString(), row, columns);
            if (decision != null) {
                decisions.add(decision);
            }
        });
        return new DedupOverrides(List.copyOf(decisions));
    }

    /**
     * The decided rows as they stand, each as its cells by header text ({@code 标题A → …}, in the sheet's order), for
     * the next review workbook to carry: saved over this file, it then keeps the decisions made in it before.
     */
    public static List<Map<String, String>> decidedRows(Path file, TableFormat xlsx) {
        List<Map<String, String>> decided = new ArrayList<>();
        rows(file, xlsx, (row, columns) -> {
            if (!row.cell(columns.get(VERDICT)).isBlank()) {
                Map<String, String> cells = new LinkedHashMap<>();
                columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .forEach(column -> cells.put(column.getKey(), row.cell(column.getValue()).strip()));
                decided.add(cells);
            }
        });
        return decided;
    }

    /** A row below a header, with the header's columns. */
    private interface RowUnderHeader {
        void accept(RawRow row, Map<String, Integer> columns);
    }

    /** Every row below the list's header, in each sheet that has one; nothing when there is no such file. */
    private static void rows(Path file, TableFormat xlsx, RowUnderHeader each) {
        if (!Files.exists(file)) {
            return;
        }
        String name = file.toString();
        boolean headerFound = false;
        try (TableCursor cursor = xlsx.open(file)) {
            String sheet = null;
            Map<String, Integer> columns = null;
            for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                if (!row.sheet().equals(sheet)) {
                    sheet = row.sheet();
                    columns = null;
                }
                if (columns == null) {
                    columns = header(row);
                    headerFound |= columns != null;
                } else {
                    each.accept(row, columns);
                }
            }
        } catch (UnreadableFileException e) {
            throw JobsFileException.wholeFile(name, "无法读取：" + e.getMessage());
        }
        if (!headerFound) {
            throw JobsFileException.wholeFile(name, "没有找到含“决定、标题A、日期A、标题B、日期B”列的表头；"
                    + "请把核查清单（review-年份.xlsx）在其中选好决定后另存为此文件");
        }
    }

    /** The columns by header text, when the row is the list's header (it names 决定 and both titles and dates). */
    private static Map<String, Integer> header(RawRow row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            columns.putIfAbsent(headerText(row.cell(c)), c);
        }
        for (String needed : List.of(VERDICT, TITLE + "A", DATE + "A", TITLE + "B", DATE + "B")) {
            if (!columns.containsKey(needed)) {
                return null;
            }
        }
        return columns;
    }

    /** 标题 A, 标题Ａ, 标题a: as the office may retype a header. */
    private static String headerText(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static Decision decision(String file, RawRow row, Map<String, Integer> columns) {
        String word = row.cell(columns.get(VERDICT)).strip();
        if (word.isEmpty()) {
            return null;
        }
        Verdict verdict = Verdict.of(word).orElseThrow(() -> problem(file, row,
                "决定应为“合并”或“分开”（请从下拉列表中选择），此行为“" + word + "”"));
        return new Decision(verdict, side(file, row, columns, "A"), side(file, row, columns, "B"),
                new Source(file, row.sheet(), row.rowNumber()));
    }

    private static Side side(String file, RawRow row, Map<String, Integer> columns, String which) {
        String title = row.cell(columns.get(TITLE + which));
        String date = row.cell(columns.get(DATE + which)).strip();
        Integer docNoColumn = columns.get(DOC_NO + which);
        String docNo = docNoColumn == null ? null : row.cell(docNoColumn);
        if (KeyNormaliser.title(title) == null) {
            throw problem(file, row, "标题" + which + "为空");
        }
        LocalDate day = DateParser.parse(date).orElseThrow(() -> problem(file, row,
                "日期" + which + "“" + date + "”无法识别，请写成 2018-03-05 这样的日期"));
        return Side.of(title, day, docNo);
    }

    private static JobsFileException problem(String file, RawRow row, String what) {
        return new JobsFileException(file, row.sheet(), row.rowNumber(), what);
    }
}
