package org.pubstats.intake.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The workbook's shared-string table as plain strings. POI's read-only table hands each string
 * out wrapped in a new XMLBeans rich-text object, which made it the largest cost of reading a
 * text-heavy sheet; this keeps only the text (and so less memory too).
 */
final class XlsxSharedStrings {

    private final List<String> strings;

    private XlsxSharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static XlsxSharedStrings read(OPCPackage pkg) throws Exception {
        List<String> strings = new ArrayList<>();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                readInto(in, strings);
            }
            break; // a workbook has one table
        }
        return new XlsxSharedStrings(strings);
    }

    private static void readInto(InputStream in, List<String> strings) throws XMLStreamException {
        XMLStreamReader xml = XlsxXml.reader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    strings.add(XlsxXml.richText(xml, "si"));
                }
            }
        } finally {
            xml.close();
        }
    }

    /** The string at a {@code t="s"} cell's index; a index beyond the table means a corrupt file. */
    String get(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException("shared string " + index + " not in table of " + strings.size());
        }
        return strings.get(index);
    }
}
