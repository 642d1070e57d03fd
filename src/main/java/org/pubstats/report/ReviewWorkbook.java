package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * review-YYYY.xlsx: the review list to decide from (design.md §5). Its sheet 待核查重复: a title, a note on what to do,
 * the header, then one row per pair in the order of the list (the columns of {@link ReviewPairsSheet}) with a 决定
 * column whose drop-down offers 合并 and 分开 and refuses anything else, and 备注. The office saves it as
 * {@code jobs/review-decisions.xlsx}; the next run reads the decided rows back (dedup.DecisionsWorkbook, which finds
 * the columns by these headers) and no longer lists those pairs. So that saving the next list over that file loses
 * nothing, the decided rows of the file as it stands are carried into a second sheet, 已决定, where a decision can
 * also be changed or (emptied) withdrawn. Streamed (SXSSF): the county's list is never held whole.
 */
final class ReviewWorkbook {

    static final String SHEET = ReviewPairsSheet.NAME;
    static final String DECIDED_SHEET = "已决定";
    static final String VERDICT = "决定";
    static final String REMARK = "备注";
    static final List<String> VERDICTS = List.of("合并", "分开");

    /** The pairs' columns and then 决定, 备注: also the header of review-YYYY.csv. */
    static final List<String> HEADER = header();

    static final String NOTE = "使用方法：逐行核对两条信息，在“决定”列的下拉列表中选择“合并”（是同一信息，计1条）或“分开”（不是同一信息，"
            + "分别计数），拿不准的留空，“备注”可写理由。选好后把本工作簿另存为 jobs/review-decisions.xlsx，下次运行即按此合并或分开，"
            + "已决定的两条不再列出，而转入“已决定”工作表（另存时一并保存，以前的决定不会丢失）。可以调整列的顺序或增加列，"
            + "但请保留表头的文字。";

    static final String DECIDED_NOTE = "以下是 jobs/review-decisions.xlsx 中已作出的决定，已在统计中生效。另存本工作簿时一并保存；"
            + "要改变决定，在“决定”列重新选择；要撤销，清空“决定”，下次运行这两条重新列入待核查。";

    /** Rows of the sheet: title, note, header, then the pairs. */
    private static final int HEADER_ROW = 2;
    private static final int FIRST_PAIR_ROW = HEADER_ROW + 1;
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;

    private ReviewWorkbook() {
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(ReviewPairsSheet.HEADER);
        header.add(VERDICT);
        header.add(REMARK);
        return List.copyOf(header);
    }

    /**
     * @param decided the decided rows of jobs/review-decisions.xlsx, each as its cells by header text (none: no
     *                such file, or nothing decided in it)
     */
    static Path write(Path file, int year, ReviewPairsSheet.Pairs pairs, List<Map<String, String>> decided) {
        return AtomicFile.write(file, stream -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
                SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
                CellStyle decide = decisionStyle(workbook);
                int[] r = {FIRST_PAIR_ROW};
                SheetWriter out = list(workbook, styles, SHEET, year + "年待核查的疑似重复信息", NOTE);
                pairs.forEach(p -> {
                    ReviewPairsSheet.row(out, r[0], r[0] - HEADER_ROW, p);
                    // Blank cells, not empty text: a program that later sets an inline-string cell's value (POI does)
                    // may leave the empty text in place, which readers take for the value.
                    Row row = out.sheet().getRow(r[0]);
                    row.createCell(HEADER.indexOf(VERDICT)).setCellStyle(decide);
                    row.createCell(HEADER.indexOf(REMARK)).setCellStyle(styles.text);
                    r[0]++;
                });
                finish(out, r[0], "没有待核查的疑似重复信息。");
                if (!decided.isEmpty()) {
                    SheetWriter carried = list(workbook, styles, DECIDED_SHEET, "已作出的决定", DECIDED_NOTE);
                    int row = FIRST_PAIR_ROW;
                    for (Map<String, String> cells : decided) {
                        for (int c = 0; c < HEADER.size(); c++) {
                            carried.text(row, c, cells.getOrDefault(HEADER.get(c), ""));
                        }
                        carried.sheet().getRow(row).getCell(HEADER.indexOf(VERDICT)).setCellStyle(decide);
                        row++;
                    }
                    finish(carried, row, "");
                }
                workbook.write(stream);
            }
        });
    }

    /** A list sheet up to its header: title, note, header. */
    private static SheetWriter list(Workbook workbook, SheetWriter.Styles styles, String name, String title, String note) {
        SheetWriter out = new SheetWriter(workbook, styles, name);
        int last = HEADER.size() - 1;
        int[] widths = Arrays.copyOf(ReviewPairsSheet.WIDTHS, HEADER.size());
        widths[HEADER.indexOf(VERDICT)] = 8;
        widths[last] = 24;
        out.columns(widths);
        out.title(0, last, title);
        out.note(1, last, note);
        ReviewPairsSheet.header(out, HEADER_ROW);
        out.header(HEADER_ROW, HEADER.indexOf(VERDICT), VERDICT);
        out.header(HEADER_ROW, last, REMARK);
        return out;
    }

    /** After the rows (up to {@code end}, exclusive): the drop-down, a filter, the frozen header, the page. */
    private static void finish(SheetWriter out, int end, String whenEmpty) {
        Sheet sheet = out.sheet();
        int last = HEADER.size() - 1;
        if (end == FIRST_PAIR_ROW) {
            out.note(FIRST_PAIR_ROW + 1, last, whenEmpty);
        } else {
            dropDown(sheet, FIRST_PAIR_ROW, end - 1, HEADER.indexOf(VERDICT));
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, end - 1, 0, last));
        }
        sheet.createFreezePane(0, FIRST_PAIR_ROW);
        out.printable(true, 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((HEADER_ROW + 1) + ":" + (HEADER_ROW + 1)));
    }

    /** 合并 or 分开 from a list; anything else typed is refused with a message, an empty cell is allowed. */
    private static void dropDown(Sheet sheet, int firstRow, int lastRow, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(VERDICTS.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        // In XSSF "suppress" = true is what shows the in-cell arrow (OOXML's showDropDown is inverted).
        validation.setSuppressDropDownArrow(true);
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("决定", "请从下拉列表中选择“合并”或“分开”；拿不准的请留空。");
        validation.setShowPromptBox(true);
        validation.createPromptBox("决定", "合并：是同一信息，计1条；分开：不是同一信息。");
        sheet.addValidationData(validation);
    }

    /**
     * The cell the office fills: bordered, centred, lightly shaded so the column stands out; quote-prefixed like every
     * text cell, so a carried value is never taken for a formula.
     */
    private static CellStyle decisionStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
