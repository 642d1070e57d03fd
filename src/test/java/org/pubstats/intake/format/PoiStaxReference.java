package org.pubstats.intake.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.pubstats.intake.RawRow;

/**
 * The xlsx reader pubstats had before its own parser (POI's package layer, the JDK's StAX parser,
 * POI's StylesTable), condensed and without the size limits: the reference that
 * {@link XlsxReaderEquivalenceTest} holds the new reader to, row for row and cell for cell.
 */
final class PoiStaxReference {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private PoiStaxReference() {
    }

    /** Every row of the visible sheets, in order. */
    static List<RawRow> read(Path file) throws Exception {
        List<RawRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.isEmpty()) {
                main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            PackagePart workbookPart = pkg.getPart(main.getRelationship(0));
            List<String[]> sheets = new ArrayList<>();
            boolean date1904 = false;
            try (InputStream in = workbookPart.getInputStream()) {
                XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (xml.getLocalName().equals("workbookPr")) {
                        String flag = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    } else if (xml.getLocalName().equals("sheet")) {
                        String state = xml.getAttributeValue(null, "state");
                        if (!"hidden".equals(state) && !"veryHidden".equals(state)) {
                            String name = xml.getAttributeValue(null, "name");
                            sheets.add(new String[] {name == null ? "" : name, xml.getAttributeValue(null, "id")});
                        }
                    }
                }
            }
            List<String> strings = new ArrayList<>();
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                try (InputStream in = part.getInputStream()) {
                    XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                            strings.add(richText(xml, "si"));
                        }
                    }
                }
                break;
            }
            StylesTable styles = null;
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
                try (InputStream in = part.getInputStream()) {
                    styles = new StylesTable(in);
                }
                break;
            }
            Map<String, Boolean> isDate = new HashMap<>();
            for (String[] sheet : sheets) {
                PackageRelationship relation = workbookPart.getRelationship(sheet[1]);
                PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
                try (InputStream in = part.getInputStream()) {
                    readSheet(sheet[0], FACTORY.createXMLStreamReader(in), strings, styles, isDate, date1904, rows);
                }
            }
            pkg.revert();
        }
        return rows;
    }

    private static void readSheet(String name, XMLStreamReader xml, List<String> strings, StylesTable styles,
                                  Map<String, Boolean> isDate, boolean date1904, List<RawRow> rows) throws Exception {
        int last = 0;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT || !"row".equals(xml.getLocalName())) {
                continue;
            }
            String r = xml.getAttributeValue(null, "r");
            int rowNumber = r == null ? last + 1 : Integer.parseInt(r.strip());
            last = rowNumber;
            RowCells cells = new RowCells();
            int nextColumn = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                    String ref = xml.getAttributeValue(null, "r");
                    int column = ref == null ? nextColumn : column(ref);
                    cells.put(column, cell(xml, strings, styles, isDate, date1904));
                    nextColumn = column + 1;
                } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                    break;
                }
            }
            rows.add(new RawRow(name, rowNumber, cells.build()));
        }
    }

    private static String cell(XMLStreamReader xml, List<String> strings, StylesTable styles,
                               Map<String, Boolean> isDate, boolean date1904) throws Exception {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = elementText(xml);
                    case "is" -> inline = richText(xml, "is");
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        if (type == null || type.equals("n")) {
            if (value == null || value.isBlank()) {
                return "";
            }
            double number;
            try {
                number = Double.parseDouble(value.strip());
            } catch (NumberFormatException notANumber) {
                return value;
            }
            boolean date = style != null && styles != null && isDate.computeIfAbsent(style, s -> isDateStyle(styles, s));
            return date ? ExcelValueText.date(number, date1904) : ExcelValueText.number(number);
        }
        return switch (type) {
            case "s" -> value == null || value.isBlank() ? "" : strings.get(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline != null ? inline : value == null ? "" : value;
            case "b" -> value == null || value.isBlank() ? "" : ExcelValueText.bool("1".equals(value.strip()));
            case "d" -> isoDate(value == null ? "" : value);
            default -> value == null ? "" : value;
        };
    }

    private static boolean isDateStyle(StylesTable styles, String styleIndex) {
        int index;
        try {
            index = Integer.parseInt(styleIndex.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(index);
        return style != null && ExcelValueText.isDateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    private static String isoDate(String value) {
        try {
            LocalDateTime dateTime = LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value);
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? dateTime.toLocalDate().toString() : dateTime.withNano(0).toString();
        } catch (DateTimeParseException notDateTime) {
            return value;
        }
    }

    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static String richText(XMLStreamReader xml, String element) throws Exception {
        StringBuilder text = new StringBuilder();
        boolean inPhonetic = false;
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    inPhonetic = true;
                } else if ("t".equals(xml.getLocalName()) && !inPhonetic) {
                    inText = true;
                }
            } else if (isText(event) && inText) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    inPhonetic = false;
                } else if ("t".equals(name)) {
                    inText = false;
                } else if (element.equals(name)) {
                    break;
                }
            }
        }
        return text.toString();
    }

    private static String elementText(XMLStreamReader xml) throws Exception {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (isText(event) && depth == 1) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE;
    }
}
