package org.pubstats.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells of one sheet with the workbook's few styles. Text always goes in as a STRING cell
 * (setCellValue(String) never makes a formula), so a department's "=HYPERLINK(…)" stays text;
 * the quote-prefix style also keeps Excel from turning it into a formula when someone edits the cell.
 * <p>
 * The sheet may be a streaming one (SXSSF, rows written in order and flushed behind a window): column
 * widths are declared first ({@link #columns}), and each row's height is fitted to its wrapped text as
 * its cells are written — neither Excel nor LibreOffice grows a row for wrapped text when opening a file,
 * so a long message would be cut off.
 */
final class SheetWriter {

    /** The styles of one workbook; POI limits their number, so they are made once. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle percent;
        final CellStyle note;
        final CellStyle empty;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setQuotePrefixed(true);
            text.setWrapText(true);
            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.RIGHT);
            percent = bordered(workbook);
            percent.setAlignment(HorizontalAlignment.RIGHT);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            empty = bordered(workbook);
            empty.setAlignment(HorizontalAlignment.CENTER);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            note.setQuotePrefixed(true);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }

    /** Marks a cell the warehouse has no data for. */
    static final String NO_DATA = "—";

    /** Excel's (and POI's) limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel's tallest row, in points. */
    private static final float MAX_ROW_POINTS = 409f;

    /**
     * Text as it can go in a cell: longer than Excel's limit, it is cut and marked with how long the
     * original is (the CSV exports and the warehouse keep it whole). Every text cell passes here.
     */
    static String cellText(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        String mark = "…［已截断，原文共" + value.codePointCount(0, value.length()) + "字］";
        int keep = MAX_CELL_CHARS - mark.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, keep) + mark;
    }

    /** Points per line of wrapped text. */
    private static final float LINE_POINTS = 15f;
    /** Characters per line of a column of the default width (8 characters, less a margin). */
    private static final int DEFAULT_COLUMN_CHARS = 7;

    private final Sheet sheet;
    private final Styles styles;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    /** Heights set on purpose (titles, notes, header rows): a row is never made lower than these. */
    private final Map<Integer, Float> baseHeights = new HashMap<>();
    private int[] columnChars;

    SheetWriter(Workbook workbook, Styles styles, String name) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Column widths in characters (a CJK character counts two); declared before any wrapped text is written. */
    void columns(int... chars) {
        columnChars = new int[chars.length];
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
            columnChars[i] = Math.max(1, Math.min(255, chars[i]) - 1);
        }
    }

    Cell text(int row, int col, String value) {
        Cell cell = put(row, col, styles.text);
        cell.setCellValue(cellText(value));
        grow(cell);
        return cell;
    }

    Cell header(int row, int col, String value) {
        Cell cell = put(row, col, styles.header);
        cell.setCellValue(cellText(value));
        grow(cell);
        return cell;
    }

    Cell number(int row, int col, long value) {
        Cell cell = put(row, col, styles.number);
        cell.setCellValue(value);
        return cell;
    }

    Cell percent(int row, int col, double fraction) {
        Cell cell = put(row, col, styles.percent);
        cell.setCellValue(fraction);
        return cell;
    }

    Cell noData(int row, int col) {
        Cell cell = put(row, col, styles.empty);
        cell.setCellValue(NO_DATA);
        return cell;
    }

    /** A heading row across the given columns. */
    void title(int row, int lastCol, String value) {
        Cell cell = put(row, 0, styles.title);
        cell.setCellValue(cellText(value));
        height(row, 28);
        if (lastCol > 0) {
            merge(row, row, 0, lastCol);
        }
    }

    /** A note below a table, merged across its columns so it wraps instead of running off the page. */
    void note(int row, int lastCol, String value) {
        Cell cell = put(row, 0, styles.note);
        cell.setCellValue(cellText(value));
        int lines = 1 + Math.min(value.length(), MAX_CELL_CHARS) / Math.max(10, 6 * (lastCol + 1));
        height(row, Math.min(MAX_ROW_POINTS, 16f * lines));
        if (lastCol > 0) {
            merge(row, row, 0, lastCol);
        }
    }

    /** A row at least this high, whatever its text needs. */
    void height(int row, float points) {
        baseHeights.put(row, points);
        fit(row(row));
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = row(r);
            for (int c = firstCol; c <= lastCol; c++) {
                if (row.getCell(c) == null) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
        }
        CellRangeAddress region = new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
        sheet.addMergedRegion(region);
        merged.add(region);
        // A merged cell's text spans several columns: it no longer decides its row's height.
        for (int r = firstRow; r <= lastRow; r++) {
            fit(row(r));
        }
    }

    void printable(boolean landscape, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + headerRows));
        }
    }

    /** Grows the cell's row to show all of its wrapped text (the common case: one cell, no recount of the row). */
    private void grow(Cell cell) {
        int lines = lines(cell);
        if (lines > 1) {
            Row row = cell.getRow();
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, Math.max(row.getHeightInPoints(), LINE_POINTS * lines)));
        }
    }

    /** Sets the row's height from scratch: its base height, or the lines of its tallest wrapped cell. */
    private void fit(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            lines = Math.max(lines, lines(cell));
        }
        Float base = baseHeights.get(row.getRowNum());
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, Math.max(base == null ? sheet.getDefaultRowHeightInPoints() : base,
                    LINE_POINTS * lines)));
        } else if (base != null) {
            row.setHeightInPoints(base);
        } else {
            row.setHeight((short) -1);
        }
    }

    /** How many lines the cell's text takes in its column: 1 for anything not wrapped text, or merged. */
    private int lines(Cell cell) {
        CellStyle style = cell.getCellStyle();
        boolean wrapped = style.getIndex() == styles.text.getIndex() || style.getIndex() == styles.header.getIndex();
        if (!wrapped || cell.getCellType() != CellType.STRING || isMerged(cell)) {
            return 1;
        }
        if (columnChars == null) {
            throw new IllegalStateException("declare the columns of sheet " + sheet.getSheetName() + " before its text");
        }
        int col = cell.getColumnIndex();
        int perLine = col < columnChars.length ? columnChars[col] : DEFAULT_COLUMN_CHARS;
        return (ConsoleTable.width(cell.getStringCellValue()) + perLine - 1) / perLine;
    }

    private boolean isMerged(Cell cell) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(cell)) {
                return true;
            }
        }
        return false;
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private Cell put(int r, int c, CellStyle style) {
        Row row = row(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setCellStyle(style);
        return cell;
    }
}
