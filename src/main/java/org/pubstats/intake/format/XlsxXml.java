package org.pubstats.intake.format;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/** StAX readers for package parts, from POI's hardened factory (no DTDs, no external entities). */
final class XlsxXml {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private XlsxXml() {
    }

    static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(part);
    }
}
