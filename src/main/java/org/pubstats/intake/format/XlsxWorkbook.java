package org.pubstats.intake.format;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code xl/workbook.xml} says: the sheets in tab order with their visibility, and whether
 * dates count from 1904 (old Mac workbooks). Element names are matched without namespace so
 * that "strict" OOXML files read the same.
 */
record XlsxWorkbook(List<SheetEntry> sheets, boolean date1904) {

    record SheetEntry(String name, String relationId, boolean hidden) {}

    private static final byte[] WORKBOOK_PR = XlsxPackage.bytes("workbookPr");
    private static final byte[] SHEET = XlsxPackage.bytes("sheet");
    private static final byte[] DATE_1904 = XlsxPackage.bytes("date1904");
    private static final byte[] NAME = XlsxPackage.bytes("name");
    private static final byte[] ID = XlsxPackage.bytes("id");
    private static final byte[] STATE = XlsxPackage.bytes("state");

    static XlsxWorkbook parse(XlsxXml workbookXml) throws Exception {
        try (XlsxXml xml = workbookXml) {
            List<SheetEntry> sheets = new ArrayList<>();
            boolean date1904 = false;
            for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
                if (event != XlsxXml.START) {
                    continue;
                }
                if (xml.is(WORKBOOK_PR)) {
                    date1904 = isTrue(xml.attributeString(DATE_1904));
                } else if (xml.is(SHEET)) {
                    sheets.add(new SheetEntry(nullToEmpty(xml.attributeString(NAME)), xml.attributeString(ID),
                            isHidden(xml.attributeString(STATE))));
                }
            }
            return new XlsxWorkbook(List.copyOf(sheets), date1904);
        }
    }

    private static boolean isHidden(String state) {
        return "hidden".equals(state) || "veryHidden".equals(state);
    }

    private static boolean isTrue(String flag) {
        return "1".equals(flag) || "true".equalsIgnoreCase(flag);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
