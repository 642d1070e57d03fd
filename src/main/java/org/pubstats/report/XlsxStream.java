package org.pubstats.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written straight into its file, sheet by sheet and row by row, for the many small workbooks of an
 * export (the feedback to departments): the few parts an xlsx needs, the styles of {@link SheetWriter.Styles}
 * that list sheets use, text as inline strings. A POI workbook costs some 20 ms of processor time before its
 * first cell (building, then saving, its package); this costs well under one, and holds one row in memory.
 * <p>
 * The sheets are named up front and written in that order; within a sheet, rows come top to bottom (a row is
 * written out when the next begins). Row heights follow the same rule as {@link SheetWriter}'s.
 */
final class XlsxStream implements AutoCloseable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Indexes into the cellXfs of {@link #STYLES}. */
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int TEXT = 3;
    private static final int NUMBER = 4;
    private static final int NOTE = 5;

    /** The styles of SheetWriter.Styles that list sheets use: title, header, text, number, note. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="%s">\
            <fonts count="3">\
            <font><sz val="11"/><color indexed="8"/><name val="Calibri"/><family val="2"/></font>\
            <font><b/><sz val="11"/><color indexed="8"/><name val="Calibri"/><family val="2"/></font>\
            <font><b/><sz val="14"/><color indexed="8"/><name val="Calibri"/><family val="2"/></font>\
            </fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor indexed="22"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"><color indexed="8"/></left><right style="thin"><color indexed="8"/></right>\
            <top style="thin"><color indexed="8"/></top><bottom style="thin"><color indexed="8"/></bottom><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="6">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1" quotePrefix="1">\
            <alignment vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
            <alignment horizontal="right" vertical="center"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" quotePrefix="1">\
            <alignment vertical="top" wrapText="1"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""".formatted(MAIN);

    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<String> names;
    private final List<Sheet> sheets = new ArrayList<>();

    XlsxStream(OutputStream out, List<String> sheetNames) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.names = List.copyOf(sheetNames);
        // The package's description first, as Excel writes it (file-type detection looks at the first entry).
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
                .formatted(RELATIONSHIPS));
        part("xl/_rels/workbook.xml.rels", workbookRelationships());
        part("xl/styles.xml", STYLES);
    }

    /** The next sheet, which must be the next of the names given; the sheet before it is finished. */
    SheetOut sheet(String name) {
        finishSheet();
        if (sheets.size() >= names.size() || !names.get(sheets.size()).equals(name)) {
            throw new IllegalStateException("sheets in the order declared " + names + ", not " + name);
        }
        Sheet sheet = new Sheet(sheets.size(), name);
        sheets.add(sheet);
        entry("xl/worksheets/sheet" + (sheet.index + 1) + ".xml");
        write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        return sheet;
    }

    /** Finishes the last sheet, writes the workbook part and ends the zip; the stream itself stays open. */
    @Override
    public void close() {
        finishSheet();
        if (sheets.size() != names.size()) {
            throw new IllegalStateException("sheets declared " + names + ", written " + sheets.size());
        }
        part("xl/workbook.xml", workbook());
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishSheet() {
        if (!sheets.isEmpty() && !sheets.get(sheets.size() - 1).finished) {
            sheets.get(sheets.size() - 1).finish();
            closeEntry();
        }
    }

    private String contentTypes() {
        StringBuilder t = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= names.size(); i++) {
            t.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return t.append("</Types>").toString();
    }

    private String workbookRelationships() {
        StringBuilder t = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= names.size(); i++) {
            t.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return t.append("<Relationship Id=\"rId").append(names.size() + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private String workbook() {
        StringBuilder t = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><bookViews><workbookView/></bookViews><sheets>");
        for (Sheet sheet : sheets) {
            t.append("<sheet name=\"").append(escape(sheet.name, true)).append("\" sheetId=\"").append(sheet.index + 1)
                    .append("\" r:id=\"rId").append(sheet.index + 1).append("\"/>");
        }
        t.append("</sheets>");
        StringBuilder printTitles = new StringBuilder();
        for (Sheet sheet : sheets) {
            if (sheet.headerRows > 0) {
                printTitles.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(sheet.index).append("\">")
                        .append(escape("'" + sheet.name.replace("'", "''") + "'!$1:$" + sheet.headerRows, false))
                        .append("</definedName>");
            }
        }
        if (!printTitles.isEmpty()) {
            t.append("<definedNames>").append(printTitles).append("</definedNames>");
        }
        return t.append("</workbook>").toString();
    }

    private void part(String name, String content) {
        entry(name);
        write(content);
        closeEntry();
    }

    private void entry(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeEntry() {
        try {
            xml.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            xml.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as XML character data (or an attribute value): markup escaped, a carriage return kept as a reference,
     * and characters XML 1.0 cannot carry (control characters, U+FFFE/FFFF, lone surrogates) as '?', as POI does.
     */
    static String escape(String text, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\r' -> "&#13;";
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> valid(text, i) ? null : "?";
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean valid(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** "A", "B" … "Z", "AA" …: a column's letters. */
    static String column(int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** One sheet being written: the current row's cells wait until the row is complete. */
    private final class Sheet implements SheetOut {
        private final int index;
        private final String name;
        private final List<String> merges = new ArrayList<>();
        private final StringBuilder cells = new StringBuilder();
        private int[] columnChars = new int[0];
        private boolean dataStarted;
        private int row = -1;
        private int lastCol = -1;
        private int lines = 1;
        private float baseHeight = -1;
        private boolean landscape;
        private int headerRows;
        private boolean finished;

        Sheet(int index, String name) {
            this.index = index;
            this.name = name;
        }

        @Override
        public void columns(int... chars) {
            if (dataStarted) {
                throw new IllegalStateException("declare the columns of sheet " + name + " before its rows");
            }
            columnChars = new int[chars.length];
            StringBuilder cols = new StringBuilder("<cols>");
            for (int i = 0; i < chars.length; i++) {
                int width = Math.min(255, chars[i]);
                columnChars[i] = SheetWriter.charsPerLine(chars[i]);
                cols.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                        .append(width).append("\" customWidth=\"1\"/>");
            }
            write(cols.append("</cols>").toString());
        }

        @Override
        public void title(int r, int lastColumn, String value) {
            cell(r, 0, TITLE, value);
            baseHeight = 28;
            merge(r, lastColumn);
        }

        @Override
        public void header(int r, int col, String value) {
            String text = cell(r, col, HEADER, value); // first: moving to a new row resets the line count
            lines = Math.max(lines, wrapped(col, text));
        }

        @Override
        public void text(int r, int col, String value) {
            String text = cell(r, col, TEXT, value);
            lines = Math.max(lines, wrapped(col, text));
        }

        @Override
        public void number(int r, int col, long value) {
            numeric(r, col, Long.toString(value));
        }

        @Override
        public void decimal(int r, int col, double value) {
            numeric(r, col, Double.toString(value));
        }

        @Override
        public void note(int r, int lastColumn, String value) {
            cell(r, 0, NOTE, value);
            baseHeight = SheetWriter.noteHeight(value, lastColumn);
            merge(r, lastColumn);
        }

        @Override
        public void printable(boolean landscape, int headerRows) {
            this.landscape = landscape;
            this.headerRows = headerRows;
        }

        private int wrapped(int col, String text) {
            return SheetWriter.lines(text, col < columnChars.length ? columnChars[col] : 7);
        }

        private String cell(int r, int col, int style, String value) {
            String text = SheetWriter.cellText(value);
            at(r, col);
            cells.append("<c r=\"").append(column(col)).append(r + 1).append("\" s=\"").append(style)
                    .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(text, false))
                    .append("</t></is></c>");
            return text;
        }

        private void numeric(int r, int col, String value) {
            at(r, col);
            cells.append("<c r=\"").append(column(col)).append(r + 1).append("\" s=\"").append(NUMBER).append("\"><v>")
                    .append(value).append("</v></c>");
        }

        private void merge(int r, int lastColumn) {
            if (lastColumn > 0) {
                merges.add("A" + (r + 1) + ":" + column(lastColumn) + (r + 1));
            }
        }

        /** Moves to the cell: a later row writes out the current one; cells of a row come left to right. */
        private void at(int r, int col) {
            if (r != row) {
                if (r < row) {
                    throw new IllegalStateException("sheet " + name + ": row " + (r + 1) + " after row " + (row + 1));
                }
                endRow();
                if (!dataStarted) {
                    write("<sheetData>");
                    dataStarted = true;
                }
                row = r;
            } else if (col <= lastCol) {
                throw new IllegalStateException("sheet " + name + ": cells of a row left to right");
            }
            lastCol = col;
        }

        private void endRow() {
            if (row < 0) {
                return;
            }
            StringBuilder open = new StringBuilder("<row r=\"").append(row + 1).append('"');
            float height = lines > 1 ? Math.max(baseHeight < 0 ? 15f : baseHeight, SheetWriter.linesHeight(lines)) : baseHeight;
            if (height > 0) {
                open.append(" ht=\"").append(height).append("\" customHeight=\"1\"");
            }
            write(open.append('>').append(cells).append("</row>").toString());
            cells.setLength(0);
            lines = 1;
            baseHeight = -1;
            lastCol = -1;
        }

        void finish() {
            endRow();
            if (!dataStarted) {
                write("<sheetData>");
            }
            StringBuilder end = new StringBuilder("</sheetData>");
            if (!merges.isEmpty()) {
                end.append("<mergeCells count=\"").append(merges.size()).append("\">");
                merges.forEach(ref -> end.append("<mergeCell ref=\"").append(ref).append("\"/>"));
                end.append("</mergeCells>");
            }
            end.append("<printOptions horizontalCentered=\"1\"/>")
                    .append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                    .append("<pageSetup paperSize=\"9\" orientation=\"").append(landscape ? "landscape" : "portrait")
                    .append("\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
            write(end.toString());
            finished = true;
        }
    }
}
