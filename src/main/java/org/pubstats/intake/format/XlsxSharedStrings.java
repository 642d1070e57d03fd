package org.pubstats.intake.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
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

    static XlsxSharedStrings read(OPCPackage pkg, XlsxArchive archive, XlsxLimits limits) throws Exception {
        List<String> strings = new ArrayList<>();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = archive.open(part)) {
                readInto(in, strings, limits);
            }
            break; // a workbook has one table
        }
        return new XlsxSharedStrings(strings);
    }

    /**
     * Reads the table, counting what it holds: the table is the one part of an xlsx that is kept
     * in memory, so it fails the file as {@code TOO_LARGE} at the limits rather than fill the heap.
     */
    private static void readInto(InputStream in, List<String> strings, XlsxLimits limits) throws Exception {
        XMLStreamReader xml = XlsxXml.reader(in);
        long chars = 0;
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    String text = XlsxXml.richText(xml, "si", limits.maxSharedStringChars() - chars);
                    chars += text.length();
                    if (chars > limits.maxSharedStringChars() || strings.size() >= limits.maxSharedStrings()) {
                        throw tooLarge(limits);
                    }
                    strings.add(text);
                }
            }
        } finally {
            xml.close();
        }
    }

    private static Exception tooLarge(XlsxLimits limits) {
        return FileProblem.TOO_LARGE.exception("文件的共享字符串表（单元格文字）超过" + limits.maxSharedStringChars()
                + "个字符或" + limits.maxSharedStrings() + "个字符串，超出了可以安全读取的范围，已在读取数据行之前拒绝；"
                + "请拆分成几个较小的文件后重新报送", null);
    }

    /** The string at a {@code t="s"} cell's index; a index beyond the table means a corrupt file. */
    String get(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException("shared string " + index + " not in table of " + strings.size());
        }
        return strings.get(index);
    }
}
