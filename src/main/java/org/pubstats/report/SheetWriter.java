package org.pubstats.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes cells of one sheet with the workbook's few styles. Text always goes in as a STRING cell
 * (setCellValue(String) never makes a formula), so a department's "=HYPERLINK(…)" stays text;
 * the quote-prefix style also keeps Excel from turning it into a formula when someone edits the cell.
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

        Styles(XSSFWorkbook workbook) {
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

        private static CellStyle bordered(XSSFWorkbook workbook) {
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

    /** Excel's highest row. */
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

    private final XSSFSheet sheet;
    private final Styles styles;

    SheetWriter(XSSFWorkbook workbook, Styles styles, String name) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    Cell text(int row, int col, String value) {
        Cell cell = put(row, col, styles.text);
        cell.setCellValue(cellText(value));
        return cell;
    }

    Cell header(int row, int col, String value) {
        Cell cell = put(row, col, styles.header);
        cell.setCellValue(cellText(value));
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
        sheet.getRow(row).setHeightInPoints(28);
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
        }
    }

    /** A note below a table, merged across its columns so it wraps instead of running off the page. */
    void note(int row, int lastCol, String value) {
        Cell cell = put(row, 0, styles.note);
        cell.setCellValue(cellText(value));
        int lines = 1 + Math.min(value.length(), MAX_CELL_CHARS) / Math.max(10, 6 * (lastCol + 1));
        sheet.getRow(row).setHeightInPoints(Math.min(MAX_ROW_POINTS, 16f * lines));
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
        }
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                if (row.getCell(c) == null) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    /**
     * Column widths in characters (a CJK character counts two), then row heights for wrapped text:
     * neither Excel nor LibreOffice grows a row for wrapped text when opening a file, so a long
     * message would be cut off.
     */
    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
        for (Row row : sheet) {
            int lines = 1;
            for (Cell cell : row) {
                short style = cell.getCellStyle().getIndex();
                boolean wrapped = style == styles.text.getIndex() || style == styles.header.getIndex();
                if (wrapped && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !merged(cell)) {
                    int columnChars = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
                    int textChars = ConsoleTable.width(cell.getStringCellValue());
                    lines = Math.max(lines, (textChars + columnChars - 1) / columnChars);
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(MAX_ROW_POINTS, Math.max(row.getHeightInPoints(), 15f * lines)));
            }
        }
    }

    private boolean merged(Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(cell));
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

    private Cell put(int r, int c, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setCellStyle(style);
        return cell;
    }
}
