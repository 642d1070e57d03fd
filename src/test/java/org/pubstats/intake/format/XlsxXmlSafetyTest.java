package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubstats.intake.UnreadableFileException;

/**
 * What the xlsx reader's own XML parser refuses: any document type declaration (so no entity is
 * declared, expanded or fetched), references to undeclared entities, and XML that is not
 * well-formed — in every part it reads. Where the JDK's parser behind the old reader refused the
 * same file, {@link PoiStaxReference} is asked too.
 */
class XlsxXmlSafetyTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private Path replacing(String entry, String content, String name) throws Exception {
        return BadFiles.replacingIn(dir, entry, out -> out.write(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static UnreadableFileException rejection(Path file) {
        Throwable thrown = catchThrowable(() -> Rows.read(new XlsxFormat(), file));
        assertThat(thrown).isInstanceOf(UnreadableFileException.class);
        UnreadableFileException e = (UnreadableFileException) thrown;
        assertThat(e.getMessage()).containsPattern("\\p{IsHan}");
        return e;
    }

    private static final String LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>""";

    private static final String EXTERNAL = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>""";

    static Stream<Arguments> documentTypes() {
        return Stream.of(
                Arguments.of(SHEET, LAUGHS),
                Arguments.of(SHEET, EXTERNAL),
                Arguments.of(SHEET, "<!DOCTYPE worksheet><worksheet><sheetData/></worksheet>"),
                Arguments.of("xl/sharedStrings.xml", EXTERNAL.replace("worksheet", "sst")),
                Arguments.of("xl/workbook.xml", "<!DOCTYPE workbook SYSTEM \"http://127.0.0.1:9/x.dtd\"><workbook/>"),
                Arguments.of("xl/styles.xml", "<!DOCTYPE styleSheet [<!ENTITY a \"b\">]><styleSheet/>"),
                Arguments.of("[Content_Types].xml", "<!DOCTYPE Types [<!ENTITY a \"b\">]><Types/>"),
                Arguments.of("_rels/.rels", "<!DOCTYPE Relationships [<!ENTITY a \"b\">]><Relationships/>"));
    }

    @ParameterizedTest
    @MethodSource("documentTypes")
    void aDocumentTypeDeclarationInAnyPartIsRefusedBeforeItsEntitiesAreLookedAt(String entry, String xml) throws Exception {
        Path file = replacing(entry, xml, "dtd.xlsx");

        long start = System.nanoTime();
        UnreadableFileException e = rejection(file);

        assertThat(e.reason()).isEqualTo("SUSPICIOUS_FILE");
        assertThat(e.getMessage()).contains("DTD").contains(entry.substring(entry.lastIndexOf('/') + 1));
        assertThat(e.getMessage()).doesNotContain("root:");
        assertThat((System.nanoTime() - start) / 1_000_000).as("no expansion").isLessThan(2_000);
    }

    static Stream<Arguments> malformedSheets() {
        String row = "<row r=\"1\"><c t=\"inlineStr\"><is><t>%s</t></is></c></row>";
        return Stream.of(
                Arguments.of("undeclared entity", "<worksheet><sheetData>" + row.formatted("&nbsp;") + "</sheetData></worksheet>"),
                Arguments.of("mismatched end tag", "<worksheet><sheetData><row r=\"1\"></rows></sheetData></worksheet>"),
                Arguments.of("cut off", "<worksheet><sheetData>" + row.formatted("标题") + "<row r=\"2\"><c t=\"inlineStr\"><is><t>半"),
                Arguments.of("control character reference", "<worksheet><sheetData>" + row.formatted("a&#1;b") + "</sheetData></worksheet>"),
                Arguments.of("raw control character", "<worksheet><sheetData>" + row.formatted("a\u0001b") + "</sheetData></worksheet>"),
                Arguments.of("reference beyond Unicode", "<worksheet><sheetData>" + row.formatted("&#x110000;") + "</sheetData></worksheet>"),
                Arguments.of("two roots", "<worksheet><sheetData/></worksheet><worksheet/>"),
                Arguments.of("unquoted attribute", "<worksheet><sheetData><row r=1></row></sheetData></worksheet>"),
                Arguments.of("attribute twice", "<worksheet><sheetData><row r=\"1\" r=\"2\"></row></sheetData></worksheet>"),
                Arguments.of("'<' in an attribute", "<worksheet><sheetData><row r=\"<1\"></row></sheetData></worksheet>"),
                Arguments.of("unterminated comment", "<worksheet><sheetData><!-- never closed </sheetData></worksheet>"),
                Arguments.of("text before the root", "x<worksheet><sheetData/></worksheet>"),
                Arguments.of("empty part", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedSheets")
    void sheetXmlThatIsNotWellFormedMakesTheFileUnreadable(String what, String xml) throws Exception {
        Path file = replacing(SHEET, xml, "malformed.xlsx");

        assertThat(rejection(file).reason()).isEqualTo("UNREADABLE_FILE");
        assertThatThrownBy(() -> PoiStaxReference.read(file)).as("the JDK's parser refused it too").isNotNull();
    }

    @Test
    void bytesThatAreNotUtf8InASharedStringMakeTheFileUnreadable() throws Exception {
        Path file = BadFiles.replacingIn(dir, "xl/sharedStrings.xml", out -> {
            out.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xB1, (byte) 0xEA, (byte) 0xCC, (byte) 0xE2}); // 标题 in GBK
            out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        }, "gbk-strings.xlsx");

        assertThat(rejection(file).reason()).isEqualTo("UNREADABLE_FILE");
        assertThatThrownBy(() -> PoiStaxReference.read(file)).isNotNull();
    }

    @Test
    void aTagOfMegabytesOrNestingHundredsDeepIsRefusedWithoutHoldingIt() throws Exception {
        Path longTag = BadFiles.replacingIn(dir, SHEET, out -> {
            out.write("<worksheet><sheetData><row r=\"1\" spans=\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
            out.write("\"></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }, "long-tag.xlsx");
        Path deep = replacing(SHEET, "<worksheet><sheetData>" + "<row>".repeat(1_000) + "</row>".repeat(1_000)
                + "</sheetData></worksheet>", "deep.xlsx");

        assertThat(rejection(longTag).reason()).isEqualTo("UNREADABLE_FILE");
        assertThat(rejection(deep).reason()).isEqualTo("UNREADABLE_FILE");
    }

    @Test
    void twoZipEntriesOfTheSamePartMakeTheFileUnreadable() throws Exception {
        Path valid = BadFiles.validXlsx(dir.resolve("valid.xlsx"));
        Path file = dir.resolve("twice.xlsx");
        try (ZipFile source = new ZipFile(valid.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                copy(source, entry, entry.getName(), out);
                if (entry.getName().equals(SHEET)) {
                    copy(source, entry, "XL/Worksheets/Sheet1.xml", out); // another name to zip, the same part to OPC
                }
            }
        }

        UnreadableFileException e = rejection(file);

        assertThat(e.reason()).isEqualTo("UNREADABLE_FILE");
        assertThat(e.getMessage()).contains("Sheet1.xml");
    }

    private static void copy(ZipFile source, ZipEntry entry, String name, ZipOutputStream out) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = source.getInputStream(entry)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    @Test
    void aStrictOoxmlWorkbookReads() throws Exception {
        Path valid = BadFiles.validXlsx(dir.resolve("transitional.xlsx"));
        Path strict = dir.resolve("strict.xlsx");
        try (ZipFile source = new ZipFile(valid.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(strict))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.write(text
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                    "http://purl.oclc.org/ooxml/officeDocument/relationships")
                            .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    "http://purl.oclc.org/ooxml/spreadsheetml/main")
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }

        assertThat(Rows.read(new XlsxFormat(), strict).cells(SampleWorkbook.LIST, 1)).containsExactly(SampleWorkbook.TITLE);
    }

    @Test
    void aWorkbookWhoseSheetPartIsMissingIsUnreadable() throws Exception {
        Path valid = BadFiles.validXlsx(dir.resolve("valid.xlsx"));
        Path file = dir.resolve("no-sheet.xlsx");
        try (ZipFile source = new ZipFile(valid.toFile()); OutputStream raw = Files.newOutputStream(file);
             ZipOutputStream out = new ZipOutputStream(raw)) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().equals(SHEET)) {
                    copy(source, entry, entry.getName(), out);
                }
            }
        }

        assertThat(rejection(file).reason()).isEqualTo("UNREADABLE_FILE");
    }
}
