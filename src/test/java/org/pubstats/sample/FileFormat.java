package org.pubstats.sample;

import java.nio.charset.Charset;

/**
 * A file format and, for text files, its flavour: encoding, byte-order mark, separator and quoting.
 * These are the variants county offices produce (Excel, WPS, exports from web systems).
 */
public record FileFormat(Kind kind, Charset charset, boolean bom, char separator, boolean quoteAll,
                         String lineEnd) {

    public enum Kind { XLSX, XLS, CSV, TXT }

    static final Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;
    static final Charset GB18030 = Charset.forName("GB18030");

    static FileFormat xlsx() {
        return new FileFormat(Kind.XLSX, null, false, ',', false, null);
    }

    static FileFormat xls() {
        return new FileFormat(Kind.XLS, null, false, ',', false, null);
    }

    static FileFormat csv(Charset charset, boolean bom, char separator, boolean quoteAll, String lineEnd) {
        return new FileFormat(Kind.CSV, charset, bom, separator, quoteAll, lineEnd);
    }

    /** Tab separated text, never quoted: cells must not hold tabs, line breaks or double quotes. */
    static FileFormat txt(Charset charset, String lineEnd) {
        return new FileFormat(Kind.TXT, charset, false, '\t', false, lineEnd);
    }

    String extension() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isSpreadsheet() {
        return kind == Kind.XLSX || kind == Kind.XLS;
    }

    boolean allowsLineBreaks() {
        return kind != Kind.TXT;
    }

    boolean allowsDoubleQuotes() {
        return kind != Kind.TXT;
    }

    String describe() {
        return switch (kind) {
            case XLSX -> "xlsx";
            case XLS -> "xls (Excel 97–2003)";
            case CSV, TXT -> extension() + ", " + charset.name() + (bom ? " with BOM" : "")
                    + ", " + (separator == '\t' ? "tab" : separator == ';' ? "semicolon" : "comma") + " separated"
                    + (quoteAll ? ", all fields quoted" : "") + (lineEnd.equals("\r\n") ? ", CRLF" : ", LF");
        };
    }
}
