package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubstats.intake.RawRow;

/**
 * The lean xlsx reader reads what the POI + StAX reader it replaced read, row for row and cell
 * for cell: on seeded random workbooks written by POI (shared and inline strings, rich text,
 * numbers, dates in many formats, booleans, formulas, errors, gaps, hidden sheets) and on sheet
 * XML as other writers shape it (prefixes, single quotes, comments, CDATA, references, line ends,
 * other encodings).
 */
class XlsxReaderEquivalenceTest {

    private static final int WORKBOOKS = 60;

    @TempDir
    static Path dir;

    private static void readsLikeTheReference(Path file) throws Exception {
        List<RawRow> expected = PoiStaxReference.read(file);
        assertThat(Rows.read(new XlsxFormat(), file).rows()).isEqualTo(expected);
    }

    @TestFactory
    Stream<DynamicTest> randomWorkbooksReadAsBefore() {
        return IntStream.range(0, WORKBOOKS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            boolean streamed = seed % 3 == 2;
            Workbook workbook = streamed ? new SXSSFWorkbook(null, 50, false, random.nextBoolean()) : new XSSFWorkbook();
            Path file = dir.resolve("random-" + seed + ".xlsx");
            try (workbook; OutputStream out = Files.newOutputStream(file)) {
                fill(workbook, random);
                workbook.write(out);
            }
            readsLikeTheReference(file);
        }));
    }

    private static final String[] FORMATS = {"yyyy-mm-dd", "yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "hh:mm", "yyyy-mm-dd hh:mm:ss",
        "0.00", "#,##0", "@", "General", "m/d/yy", "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", "0%"};
    private static final short[] BUILT_IN = {0, 1, 2, 14, 15, 22, 27, 31, 49, 57};
    private static final String ALPHABET = "呼玛县财政局关于印发通知 abcXYZ019&<>\"';,.-_/\\、，。（）《》“”　\t\n\u00A0ﾊﾝｶｸ１２３";

    private static void fill(Workbook workbook, Random random) {
        List<CellStyle> styles = new ArrayList<>();
        for (String format : FORMATS) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
            styles.add(style);
        }
        for (short id : BUILT_IN) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(id);
            styles.add(style);
        }
        int sheets = 1 + random.nextInt(3);
        for (int s = 0; s < sheets; s++) {
            Sheet sheet = workbook.createSheet("表" + s + (random.nextBoolean() ? " & <数据>" : ""));
            int rows = 1 + random.nextInt(30);
            int rowIndex = random.nextInt(3);
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(rowIndex);
                rowIndex += 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0);
                int cells = random.nextInt(12);
                int column = random.nextInt(2);
                for (int c = 0; c < cells; c++) {
                    Cell cell = row.createCell(column);
                    column += 1 + (random.nextInt(6) == 0 ? random.nextInt(30) : 0);
                    fillCell(workbook, cell, random, styles);
                }
            }
            if (s > 0 && random.nextInt(3) == 0) {
                workbook.setSheetVisibility(s, random.nextBoolean() ? SheetVisibility.HIDDEN : SheetVisibility.VERY_HIDDEN);
            }
        }
        Sheet last = workbook.getSheetAt(0);
        last.createRow(last.getLastRowNum() + 1).createCell(0).setCellValue("末行"); // never an empty file
    }

    private static void fillCell(Workbook workbook, Cell cell, Random random, List<CellStyle> styles) {
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> cell.setCellValue(text(random));
            case 3 -> cell.setCellValue(random.nextInt(2_000_000) - 1_000_000);
            case 4 -> cell.setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) * (random.nextBoolean() ? 1 : -1));
            case 5 -> {
                cell.setCellValue(LocalDateTime.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextBoolean() ? 0 : random.nextInt(24), random.nextInt(60), random.nextInt(60)));
                cell.setCellStyle(styles.get(random.nextInt(styles.size())));
            }
            case 6 -> {
                cell.setCellValue(random.nextInt(80_000) + (random.nextBoolean() ? 0 : random.nextDouble()));
                cell.setCellStyle(styles.get(random.nextInt(styles.size())));
            }
            case 7 -> cell.setCellValue(random.nextBoolean());
            case 8 -> {
                if (workbook instanceof XSSFWorkbook && random.nextBoolean()) {
                    XSSFRichTextString rich = new XSSFRichTextString(text(random) + "加粗" + text(random));
                    XSSFFont bold = ((XSSFWorkbook) workbook).createFont();
                    bold.setBold(true);
                    rich.applyFont(0, Math.min(2, rich.length()), bold);
                    cell.setCellValue(rich);
                } else {
                    cell.setCellValue("");
                }
            }
            default -> {
                if (random.nextBoolean()) {
                    cell.setCellFormula(random.nextBoolean() ? "1+2" : "\"合\"&\"计\"");
                } else {
                    cell.setCellErrorValue(FormulaError.NA.getCode());
                }
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (random.nextInt(8) == 0) {
            text.append("😀𠀀"); // beyond the BMP
        }
        if (random.nextInt(8) == 0) {
            text.insert(0, "  ").append("\r\n ");
        }
        return text.toString();
    }

    static Stream<String> sheetXml() {
        return Stream.of(
                // prefixes, single quotes, white space between tags
                """
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                  <x:sheetData>
                    <x:row r='1' spans='1:3'>
                      <x:c r='A1' t='inlineStr'><x:is><x:t>前缀</x:t></x:is></x:c>
                      <x:c r = "C1" t = "s" ><x:v> 0 </x:v></x:c>
                    </x:row>
                  </x:sheetData>
                </x:worksheet>""",
                // declaration, comments, processing instructions, CDATA, references
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!-- written by hand -->
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><?pi data?><sheetData>
                <row r="2"><!-- a comment --><c r="A2" t="inlineStr"><is><t><![CDATA[<b>&amp;不是实体</b>]]>尾</t></is></c>
                <c r="B2" t="inlineStr"><is><t>&lt;&gt;&amp;&quot;&apos;&#20013;&#x6587;&#x1F600;&#9;&#10;&#13;x</t></is></c>
                <c r="C2" t="str"><f>A1&amp;"x"</f><v>公式&amp;文本</v></c></row>
                </sheetData></worksheet>""",
                // line ends in text: CR LF, CR alone, LF
                "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>一\r\n二\r三\n四\t五</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">  前后空格  </t></is></c></row></sheetData></worksheet>",
                // empty elements and values, odd numbers, booleans, ISO dates
                """
                <worksheet><sheetData>
                <row r="1"><c r="A1"/><c r="B1"><v/></c><c r="C1" t="s"><v></v></c><c r="D1"><v>1.5E3</v></c><c r="E1"><v> 42 </v></c></row>
                <row r="2"><c r="A2"><v>0042</v></c><c r="B2"><v>-0</v></c><c r="C2"><v>43165.00</v></c><c r="D2"><v>1e400</v></c><c r="E2"><v>abc</v></c></row>
                <row r="3"><c r="A3" t="b"><v> 1 </v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="d"><v>2018-03-05T10:30:00Z</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="E3" t="n"><v>-12.50</v></c></row>
                <row r="5"/>
                <row r="7"><c r="AA7"><v>1234567890123456789</v></c><c r="ab7" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb="0" eb="1"><t>fu</t></rPh></is></c></row>
                </sheetData></worksheet>""",
                // rows and cells without references, a byte-order mark
                "\uFEFF<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                        + "<row><c r=\"C2\"><v>2</v></c><c><v>3</v></c></row></sheetData></worksheet>");
    }

    @ParameterizedTest
    @MethodSource("sheetXml")
    void sheetXmlAsOtherWritersShapeItReadsAsBefore(String xml) throws Exception {
        Path file = BadFiles.replacingIn(dir, "xl/worksheets/sheet1.xml",
                out -> out.write(xml.getBytes(StandardCharsets.UTF_8)), "variant-" + xml.hashCode() + ".xlsx");

        readsLikeTheReference(file);
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void aSheetInAnotherEncodingReadsAsBefore(String encoding) throws Exception {
        Charset charset = Charset.forName(encoding);
        boolean utf16 = encoding.startsWith("UTF-16");
        String text = utf16 ? "中文标题" : "Café ñ";
        String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>"
                + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>" + text + "</t></is></c>"
                + "<c><v>43165</v></c></row></sheetData></worksheet>";
        byte[] bytes = encoding.equals("UTF-16") ? xml.getBytes(StandardCharsets.UTF_16) : xml.getBytes(charset);
        Path file = BadFiles.replacingIn(dir, "xl/worksheets/sheet1.xml", out -> out.write(bytes), "enc-" + encoding + ".xlsx");

        readsLikeTheReference(file);
        assertThat(Rows.read(new XlsxFormat(), file).cells("目录", 1)).containsExactly(text, "43165");
    }

    static Stream<String> encodings() {
        return Stream.of("UTF-16", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252");
    }

    @ParameterizedTest
    @MethodSource("sheetNames")
    void sheetNamesWithReferencesAndWhiteSpaceReadAsBefore(String name) throws Exception {
        Path valid = BadFiles.validXlsx(dir.resolve("names-" + name.hashCode() + "-valid.xlsx"));
        String workbookXml;
        try (var zip = new java.util.zip.ZipFile(valid.toFile())) {
            workbookXml = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String renamed = workbookXml.replace("name=\"目录\"", "name=\"" + name + "\"");
        assertThat(renamed).isNotEqualTo(workbookXml);
        Path file = BadFiles.replacing(valid, "xl/workbook.xml",
                out -> out.write(renamed.getBytes(StandardCharsets.UTF_8)), dir.resolve("names-" + name.hashCode() + ".xlsx"));

        readsLikeTheReference(file);
    }

    static Stream<String> sheetNames() {
        return Stream.of("目录&amp;附表", "A&#10;B", "tab\there", "line\r\nend", "&lt;一&gt; &#x1F600;");
    }

    @TestFactory
    Stream<DynamicTest> everyShapeOfTheBenchmarkAndSampleReadsAsBefore() throws IOException {
        Path sample = BadFiles.validXlsx(dir.resolve("sample.xlsx"));
        Path streamed = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(streamed)) {
            SampleWorkbook.fill(workbook);
            workbook.write(out);
        }
        return Stream.of(sample, streamed).map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> readsLikeTheReference(file)));
    }
}
