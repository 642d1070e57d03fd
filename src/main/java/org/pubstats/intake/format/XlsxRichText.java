package org.pubstats.intake.format;

/**
 * The text of a rich-text element ({@code <si>} of the shared strings, {@code <is>} of an inline
 * string): {@code <t>} directly or in runs {@code <r><t>}, leaving out phonetic guides
 * ({@code <rPh>}).
 */
final class XlsxRichText {

    private static final byte[] T = XlsxPackage.bytes("t");
    private static final byte[] PHONETIC = XlsxPackage.bytes("rPh");

    private XlsxRichText() {
    }

    /**
     * Reads from the element's start tag up to its end; null when the text is longer than
     * {@code maxChars} (it is then not built: a string the size of the part is never held).
     */
    static String read(XlsxXml xml, byte[] element, long maxChars) throws Exception {
        xml.collectText(maxChars);
        xml.pauseText();
        int elementDepth = xml.depth();
        boolean inPhonetic = false;
        for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
            if (event == XlsxXml.START) {
                if (xml.is(PHONETIC)) {
                    inPhonetic = true;
                } else if (xml.is(T) && !inPhonetic) {
                    xml.resumeText();
                }
            } else {
                if (xml.is(PHONETIC)) {
                    inPhonetic = false;
                } else if (xml.is(T)) {
                    xml.pauseText();
                } else if (xml.depth() < elementDepth && xml.is(element)) {
                    break;
                }
            }
        }
        xml.pauseText();
        return xml.text();
    }
}
