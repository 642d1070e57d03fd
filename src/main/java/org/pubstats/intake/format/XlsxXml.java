package org.pubstats.intake.format;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/** StAX over package parts, from POI's hardened factory (no DTDs, no external entities). */
final class XlsxXml {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private XlsxXml() {
    }

    static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(part);
    }

    /**
     * The text of a rich-text element ({@code <si>} of the shared strings, {@code <is>} of an
     * inline string), positioned on its start: {@code <t>} directly or in runs {@code <r><t>},
     * leaving out phonetic guides ({@code <rPh>}). Consumes up to the element's end.
     */
    static String richText(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean inPhonetic = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    inPhonetic = true;
                } else if ("t".equals(name) && !inPhonetic) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    inPhonetic = false;
                } else if (element.equals(name)) {
                    break;
                }
            }
        }
        return text.toString();
    }
}
