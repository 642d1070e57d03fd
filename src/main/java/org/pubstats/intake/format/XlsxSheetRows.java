package org.pubstats.intake.format;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.pubstats.intake.RawRow;

/**
 * Pulls the rows of one worksheet part ({@code <sheetData><row r="5"><c r="B5" t="s" s="3">…})
 * one at a time with StAX, so memory stays flat however long the sheet. Row numbers are the
 * {@code r} attributes: rows missing from the XML stay missing.
 */
final class XlsxSheetRows implements AutoCloseable {

    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;

    private final String sheetName;
    private final InputStream part;
    private final XMLStreamReader xml;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxDateStyles dateStyles;
    private final boolean date1904;
    private int lastRowNumber;

    XlsxSheetRows(String sheetName, InputStream part, XlsxSharedStrings sharedStrings,
                  XlsxDateStyles dateStyles, boolean date1904) throws XMLStreamException {
        this.sheetName = sheetName;
        this.part = part;
        this.xml = XlsxXml.reader(part);
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /** The next row of this sheet, or null at its end. */
    RawRow next() throws Exception {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                return readRow();
            }
        }
        return null;
    }

    private RawRow readRow() throws Exception {
        String r = xml.getAttributeValue(null, "r");
        int rowNumber = r == null ? lastRowNumber + 1 : parseBounded(r, MAX_ROW, "row number");
        lastRowNumber = rowNumber;
        RowCells cells = new RowCells();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnIndex(ref);
                cells.put(column, readCell());
                nextColumn = column + 1;
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return new RawRow(sheetName, rowNumber, cells.build());
    }

    /** Reads a {@code <c>} element up to its end and returns the text the user sees. */
    private String readCell() throws Exception {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = cellText(XlsxXml.elementText(xml, XlsxXml.MAX_CELL_CHARS));
                    case "is" -> inline = cellText(XlsxXml.richText(xml, "is", XlsxXml.MAX_CELL_CHARS));
                    case "f" -> XlsxXml.elementText(xml, 0); // the formula itself; its cached value is <v>
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        return XlsxCellText.of(type, value, inline, style, sharedStrings, dateStyles, date1904);
    }

    private String cellText(String text) throws Exception {
        if (text == null || text.length() > XlsxXml.MAX_CELL_CHARS) {
            throw FileProblem.TOO_LARGE.exception("工作表“" + sheetName + "”第" + lastRowNumber + "行有单元格超过"
                    + XlsxXml.MAX_CELL_CHARS + "个字符，不是正常的表格内容，无法读取", null);
        }
        return text;
    }

    /** "AB12" → 27 (0-based). */
    static int columnIndex(String cellRef) {
        int column = 0;
        int i = 0;
        for (; i < cellRef.length(); i++) {
            char c = cellRef.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            } else if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMN) {
                throw new IllegalArgumentException("column beyond XFD in " + cellRef);
            }
        }
        if (column == 0) {
            throw new IllegalArgumentException("no column in cell reference " + cellRef);
        }
        return column - 1;
    }

    private static int parseBounded(String text, int max, String what) {
        int value = Integer.parseInt(text.strip());
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(what + " out of range: " + text);
        }
        return value;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the underlying stream is closed next, which is what frees the resources
        }
        GuardedCursor.closeQuietly(part);
    }
}
