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
final class SheetWriter implements SheetOut {

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

    @Override
    public void columns(int... chars) {
        columnChars = new int[chars.length];
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
            columnChars[i] = charsPerLine(chars[i]);
        }
    }

    @Override
    public void text(int row, int col, String value) {
        Cell cell = put(row, col, styles.text);
        cell.setCellValue(cellText(value));
        grow(cell);
    }

    @Override
    public void header(int row, int col, String value) {
        Cell cell = put(row, col, styles.header);
        cell.setCellValue(cellText(value));
        grow(cell);
    }

    @Override
    public void number(int row, int col, long value) {
        put(row, col, styles.number).setCellValue(value);
    }

    @Override
    public void decimal(int row, int col, double value) {
        put(row, col, styles.number).setCellValue(value);
    }

    void percent(int row, int col, double fraction) {
        put(row, col, styles.percent).setCellValue(fraction);
    }

    void noData(int row, int col) {
        put(row, col, styles.empty).setCellValue(NO_DATA);
    }

    @Override
    public void title(int row, int lastCol, String value) {
        Cell cell = put(row, 0, styles.title);
        cell.setCellValue(cellText(value));
        height(row, 28);
        if (lastCol > 0) {
            addMerged(new CellRangeAddress(row, row, 0, lastCol));
        }
    }

    @Override
    public void note(int row, int lastCol, String value) {
        Cell cell = put(row, 0, styles.note);
        cell.setCellValue(cellText(value));
        height(row, noteHeight(value, lastCol));
        if (lastCol > 0) {
            addMerged(new CellRangeAddress(row, row, 0, lastCol));
        }
    }

    /** A row at least this high, whatever its text needs. */
    void height(int row, float points) {
        baseHeights.put(row, points);
        fit(row(row));
    }

    /** Header cells merged across a table's header rows or columns, every cell of the range bordered. */
    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = row(r);
            for (int c = firstCol; c <= lastCol; c++) {
                if (row.getCell(c) == null) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
        }
        addMerged(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    private void addMerged(CellRangeAddress region) {
        sheet.addMergedRegion(region);
        merged.add(region);
        // A merged cell's text spans several columns: it no longer decides its row's height.
        for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
            fit(row(r));
        }
    }

    @Override
    public void printable(boolean landscape, int headerRows) {
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
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), linesHeight(lines)));
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
            row.setHeightInPoints(Math.max(base == null ? sheet.getDefaultRowHeightInPoints() : base, linesHeight(lines)));
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
        return lines(cell.getStringCellValue(), col < columnChars.length ? columnChars[col] : DEFAULT_COLUMN_CHARS);
    }

    /** The lines a text takes in a column of so many characters a line (a CJK character counts two). */
    static int lines(String text, int columnChars) {
        return (ConsoleTable.width(text) + columnChars - 1) / columnChars;
    }

    /** Characters a line in a column of the given width (as declared to {@link #columns}). */
    static int charsPerLine(int columnWidth) {
        return Math.max(1, Math.min(255, columnWidth) - 1);
    }

    /** A row height for wrapped text of so many lines. */
    static float linesHeight(int lines) {
        return Math.min(MAX_ROW_POINTS, LINE_POINTS * lines);
    }

    /** The height of a note's row: its text wrapped across the merged columns. */
    static float noteHeight(String value, int lastCol) {
        int lines = 1 + Math.min(value.length(), MAX_CELL_CHARS) / Math.max(10, 6 * (lastCol + 1));
        return Math.min(MAX_ROW_POINTS, 16f * lines);
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
