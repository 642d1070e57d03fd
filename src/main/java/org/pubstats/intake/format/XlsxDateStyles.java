package org.pubstats.intake.format;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * Which cell styles ({@code s} attribute, an index into {@code <cellXfs>}) show a date, from the
 * styles part's number formats: a style's {@code numFmtId} names a format of {@code <numFmts>} or
 * a built-in one. Read as POI's StylesTable reads it (ids as 16-bit numbers, a later
 * {@code <numFmt>} with the same id wins), decided once per style.
 */
final class XlsxDateStyles {

    static final XlsxDateStyles NONE = new XlsxDateStyles(new int[0], Map.of());

    private static final byte[] NUM_FMTS = XlsxPackage.bytes("numFmts");
    private static final byte[] NUM_FMT = XlsxPackage.bytes("numFmt");
    private static final byte[] CELL_XFS = XlsxPackage.bytes("cellXfs");
    private static final byte[] XF = XlsxPackage.bytes("xf");
    private static final byte[] NUM_FMT_ID = XlsxPackage.bytes("numFmtId");
    private static final byte[] FORMAT_CODE = XlsxPackage.bytes("formatCode");
    private static final byte UNKNOWN = 0;
    private static final byte DATE = 1;
    private static final byte NOT_DATE = 2;

    /** The number format id of each cell style. */
    private final int[] formatIds;
    private final Map<Short, String> customFormats;
    private final byte[] isDate;

    private XlsxDateStyles(int[] formatIds, Map<Short, String> customFormats) {
        this.formatIds = formatIds;
        this.customFormats = customFormats;
        this.isDate = new byte[formatIds.length];
    }

    static XlsxDateStyles read(XlsxXml part) throws Exception {
        Map<Short, String> custom = new HashMap<>();
        int[] ids = new int[16];
        int count = 0;
        int numFmtsDepth = -1;
        int cellXfsDepth = -1;
        try (XlsxXml xml = part) {
            for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
                if (event == XlsxXml.END) {
                    if (xml.depth() < numFmtsDepth) {
                        numFmtsDepth = -1;
                    }
                    if (xml.depth() < cellXfsDepth) {
                        cellXfsDepth = -1;
                    }
                    continue;
                }
                if (xml.is(NUM_FMTS)) {
                    numFmtsDepth = xml.depth();
                } else if (xml.is(CELL_XFS)) {
                    cellXfsDepth = xml.depth();
                } else if (xml.is(NUM_FMT) && numFmtsDepth > 0 && xml.depth() == numFmtsDepth + 1) {
                    String code = xml.attributeString(FORMAT_CODE);
                    if (code != null) {
                        custom.put((short) number(xml.attributeString(NUM_FMT_ID)), code);
                    }
                } else if (xml.is(XF) && cellXfsDepth > 0 && xml.depth() == cellXfsDepth + 1) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = number(xml.attributeString(NUM_FMT_ID));
                }
            }
        }
        return new XlsxDateStyles(Arrays.copyOf(ids, count), custom);
    }

    /** An unsigned number attribute; 0 (General) when absent or not a number. */
    private static int number(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return (int) Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the style at this index shows a date; false for no style (negative) or one beyond the table. */
    boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= formatIds.length) {
            return false;
        }
        byte known = isDate[styleIndex];
        if (known == UNKNOWN) {
            short id = (short) formatIds[styleIndex];
            String format = customFormats.get(id);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(id);
            }
            known = ExcelValueText.isDateFormat(id, format) ? DATE : NOT_DATE;
            isDate[styleIndex] = known;
        }
        return known == DATE;
    }
}
