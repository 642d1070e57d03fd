package org.pubstats.intake.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code xl/workbook.xml} says: the sheets in tab order with their visibility, and whether
 * dates count from 1904 (old Mac workbooks). Element names are matched without namespace so
 * that "strict" OOXML files read the same.
 */
record XlsxWorkbook(List<SheetEntry> sheets, boolean date1904) {

    record SheetEntry(String name, String relationId, boolean hidden) {}

    static XlsxWorkbook parse(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader xml = XlsxXml.reader(workbookXml);
        try {
            List<SheetEntry> sheets = new ArrayList<>();
            boolean date1904 = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> date1904 = isTrue(xml.getAttributeValue(null, "date1904"));
                    case "sheet" -> sheets.add(new SheetEntry(
                            nullToEmpty(xml.getAttributeValue(null, "name")),
                            xml.getAttributeValue(null, "id"),
                            isHidden(xml.getAttributeValue(null, "state"))));
                    default -> { }
                }
            }
            return new XlsxWorkbook(List.copyOf(sheets), date1904);
        } finally {
            xml.close();
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
