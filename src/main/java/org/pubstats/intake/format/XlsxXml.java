package org.pubstats.intake.format;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/** StAX over package parts, from POI's hardened factory (no DTDs, no external entities). */
final class XlsxXml {

    /**
     * Characters one cell may hold: Excel allows 32,767; a longer one is not from a spreadsheet
     * program, and is not built in memory past this (the CSV line limit is the same).
     */
    static final int MAX_CELL_CHARS = 1_000_000;

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private XlsxXml() {
    }

    static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(part);
    }

    /**
     * The text of a rich-text element ({@code <si>} of the shared strings, {@code <is>} of an
     * inline string), positioned on its start: {@code <t>} directly or in runs {@code <r><t>},
     * leaving out phonetic guides ({@code <rPh>}). Consumes up to the element's end. Text beyond
     * {@code maxChars} is not collected: the result is then {@code maxChars + 1} long, and the
     * caller rejects it — a string the size of the part is never built before it is counted.
     */
    static String richText(XMLStreamReader xml, String element, long maxChars) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean inPhonetic = false;
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    inPhonetic = true;
                } else if ("t".equals(name) && !inPhonetic) {
                    inText = true;
                }
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                if (inText && text.length() <= maxChars) {
                    text.append(xml.getText());
                }
            } else if (isText(event)) {
                if (inText) {
                    append(xml, text, maxChars);
                }
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

    /** The text of a simple element such as {@code <v>}, positioned on its start; null past {@code maxChars}. */
    static String elementText(XMLStreamReader xml, long maxChars) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE && depth == 1 && text.length() <= maxChars) {
                text.append(xml.getText());
            } else if (isText(event) && depth == 1) {
                append(xml, text, maxChars);
            }
        }
        return text.length() > maxChars ? null : text.toString();
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static void append(XMLStreamReader xml, StringBuilder text, long maxChars) {
        long room = maxChars + 1 - text.length();
        if (room <= 0) {
            return;
        }
        int length = xml.getTextLength();
        text.append(xml.getTextCharacters(), xml.getTextStart(), (int) Math.min(length, room));
    }
}
