package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheet XML as other writers produce it (WPS, exporters of government web systems): cell types
 * POI's usermodel does not write, missing references, 1904 dates.
 */
class XlsxSheetXmlTest {

    @TempDir
    Path dir;

    private final XlsxFormat format = new XlsxFormat();

    /** A POI-made workbook whose first sheet part (and optionally workbook part) is replaced. */
    private Path workbookWithSheetXml(String sheetData, boolean date1904) throws Exception {
        Path valid = dir.resolve("valid.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(valid)) {
            workbook.createSheet("数据").createRow(0).createCell(0).setCellValue("shared");
            workbook.write(out);
        }
        Path file = dir.resolve("edited.xlsx");
        try (ZipFile source = new ZipFile(valid.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    String name = entry.getName();
                    if (name.equals("xl/worksheets/sheet1.xml")) {
                        out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                + "<sheetData>" + sheetData + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
                    } else if (name.equals("xl/workbook.xml") && date1904) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(xml.replaceFirst("<sheets>", "<workbookPr date1904=\"1\"/><sheets>")
                                .getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void readsTheCellTypesOtherWritersUse() throws Exception {
        Path file = workbookWithSheetXml("""
                <row r="2">
                  <c r="A2" t="inlineStr"><is><r><t>关于</t></r><r><t xml:space="preserve">印发 通知</t></r><rPh sb="0" eb="1"><t>guan</t></rPh></is></c>
                  <c r="B2" t="str"><f>A1&amp;"x"</f><v>公式文本</v></c>
                  <c r="C2" t="e"><v>#N/A</v></c>
                  <c r="D2" t="b"><v>0</v></c>
                  <c r="E2" t="d"><v>2018-03-05T00:00:00</v></c>
                  <c r="F2" t="d"><v>2018-03-05T10:30:00</v></c>
                  <c r="G2"><v>4.3165E4</v></c>
                  <c r="H2" t="s"><v>0</v></c>
                  <c r="I2" t="n"><v>43165.0</v></c>
                </row>
                """, false);

        Rows rows = Rows.read(format, file);

        assertThat(rows.cells("数据", 2)).containsExactly(
                "关于印发 通知", "公式文本", "#N/A", "FALSE", "2018-03-05", "2018-03-05T10:30", "43165", "shared", "43165");
    }

    @Test
    void cellsAndRowsWithoutReferencesFollowTheirPredecessors() throws Exception {
        Path file = workbookWithSheetXml("""
                <row r="3"><c t="inlineStr"><is><t>a</t></is></c><c r="C3" t="inlineStr"><is><t>c</t></is></c><c t="inlineStr"><is><t>d</t></is></c></row>
                <row><c t="inlineStr"><is><t>next</t></is></c></row>
                """, false);

        Rows rows = Rows.read(format, file);

        assertThat(rows.positions()).containsExactly("数据!3", "数据!4");
        assertThat(rows.cells("数据", 3)).containsExactly("a", "", "c", "d");
    }

    @Test
    void datesOfA1904WorkbookCountFrom1904() throws Exception {
        // built-in format 14 (m/d/yy) on a cell style of its own; the 1904 serial of 2018-03-05
        Path file = workbookWithSheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>41702</v></c></row>", true);
        Path styled = withDateStyle(file);

        assertThat(Rows.read(format, styled).cells("数据", 1)).containsExactly("2018-03-05");
        assertThat(ExcelValueText.date(41702, true)).isEqualTo(ExcelValueText.date(43164, false));
    }

    /** Adds a second cell style with number format 14 to the styles part. */
    private Path withDateStyle(Path file) throws Exception {
        Path out = dir.resolve("styled.xlsx");
        try (ZipFile source = new ZipFile(file.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    if (entry.getName().equals("xl/styles.xml")) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        xml = xml.replaceFirst("<cellXfs count=\"1\">(<xf[^>]*?(/>|>.*?</xf>))",
                                "<cellXfs count=\"2\">$1<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"true\"/>");
                        assertThat(xml).contains("numFmtId=\"14\"");
                        zip.write(xml.getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aStreamingWrittenWorkbookWithInlineStringsReads() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("流式");
            for (int r = 0; r < 1_000; r += 2) {
                sheet.createRow(r).createCell(1).setCellValue("第" + (r + 1) + "行");
            }
            workbook.write(out);
        }

        Rows rows = Rows.read(format, file);

        assertThat(rows.rows()).hasSize(500);
        assertThat(rows.cells("流式", 999)).containsExactly("", "第999行");
    }
}
