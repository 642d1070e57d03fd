package org.pubstats.intake.format;

import java.nio.charset.StandardCharsets;
import org.pubstats.intake.RawRow;

/**
 * Pulls the rows of one worksheet part ({@code <sheetData><row r="5"><c r="B5" t="s" s="3">…})
 * one at a time, so memory stays flat however long the sheet. Row numbers are the {@code r}
 * attributes: rows missing from the XML stay missing.
 */
final class XlsxSheetRows implements AutoCloseable {

    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;
    private static final byte[] ROW = XlsxPackage.bytes("row");
    private static final byte[] C = XlsxPackage.bytes("c");
    private static final byte[] V = XlsxPackage.bytes("v");
    private static final byte[] IS = XlsxPackage.bytes("is");
    private static final byte[] R = XlsxPackage.bytes("r");
    private static final byte[] T = XlsxPackage.bytes("t");
    private static final byte[] S = XlsxPackage.bytes("s");

    private final String sheetName;
    private final XlsxXml xml;
    private final XlsxCellText cellText;
    private final RowCells cells = new RowCells();
    private int lastRowNumber;

    XlsxSheetRows(String sheetName, XlsxXml xml, XlsxCellText cellText) {
        this.sheetName = sheetName;
        this.xml = xml;
        this.cellText = cellText;
    }

    /** The next row of this sheet, or null at its end. */
    RawRow next() throws Exception {
        for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
            if (event == XlsxXml.START && xml.is(ROW)) {
                return readRow();
            }
        }
        return null;
    }

    private RawRow readRow() throws Exception {
        XlsxXml.Bytes r = xml.attribute(R);
        int rowNumber = r == null ? lastRowNumber + 1 : rowNumber(r);
        lastRowNumber = rowNumber;
        cells.clear();
        int nextColumn = 0;
        for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
            if (event == XlsxXml.START && xml.is(C)) {
                XlsxXml.Bytes ref = xml.attribute(R);
                int column = ref == null ? nextColumn : columnIndex(ref.array, ref.start, ref.end);
                cells.put(column, readCell());
                nextColumn = column + 1;
            } else if (event == XlsxXml.END && xml.is(ROW)) {
                break;
            }
        }
        return new RawRow(sheetName, rowNumber, cells.build());
    }

    /** Reads a {@code <c>} element up to its end and returns the text the user sees. */
    private String readCell() throws Exception {
        XlsxCellText.Type type = XlsxCellText.type(xml.attribute(T));
        int style = XlsxCellText.style(xml.attribute(S));
        String value = null;
        String inline = null;
        for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
            if (event == XlsxXml.START) {
                if (xml.is(V)) {
                    value = value(type, style);
                } else if (xml.is(IS)) {
                    inline = cellText(XlsxRichText.read(xml, IS, XlsxXml.MAX_CELL_CHARS));
                }
                // <f>, the formula itself, is passed over: its cached value is <v>
            } else if (xml.is(C)) {
                break;
            }
        }
        if (type == XlsxCellText.Type.INLINE) {
            return inline != null ? inline : value == null ? "" : value;
        }
        return value == null ? "" : value;
    }

    /** The cell's value from its {@code <v>}, read up to {@code </v>}. */
    private String value(XlsxCellText.Type type, int style) throws Exception {
        xml.collectText(XlsxXml.MAX_CELL_CHARS);
        int depth = xml.depth();
        for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
            if (event == XlsxXml.END && xml.depth() < depth) {
                break;
            }
        }
        xml.pauseText();
        XlsxXml.Bytes v = xml.textBytes();
        if (v == null) {
            throw tooLong();
        }
        return type == XlsxCellText.Type.INLINE ? v.string() : cellText.value(type, v, style);
    }

    private String cellText(String text) throws Exception {
        if (text == null || text.length() > XlsxXml.MAX_CELL_CHARS) {
            throw tooLong();
        }
        return text;
    }

    private Exception tooLong() {
        return FileProblem.TOO_LARGE.exception("工作表“" + sheetName + "”第" + lastRowNumber + "行有单元格超过"
                + XlsxXml.MAX_CELL_CHARS + "个字符，不是正常的表格内容，无法读取", null);
    }

    /** "AB12" → 27 (0-based). */
    private static int columnIndex(byte[] ref, int from, int to) {
        int column = 0;
        for (int i = from; i < to; i++) {
            int c = ref[i];
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            } else if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMN) {
                throw new IllegalArgumentException("column beyond XFD in " + new String(ref, from, to - from,
                        StandardCharsets.UTF_8));
            }
        }
        if (column == 0) {
            throw new IllegalArgumentException("no column in cell reference");
        }
        return column - 1;
    }

    private static int rowNumber(XlsxXml.Bytes r) throws Exception {
        long digits = XlsxCellText.digits(r.array, r.start, r.end, 9);
        int value;
        if (digits >= 0) {
            value = (int) digits;
        } else {
            value = Integer.parseInt(r.string().strip());
        }
        if (value < 1 || value > MAX_ROW) {
            throw new IllegalArgumentException("row number out of range: " + value);
        }
        return value;
    }

    @Override
    public void close() {
        GuardedCursor.closeQuietly(xml);
    }
}
