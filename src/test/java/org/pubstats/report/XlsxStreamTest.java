package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workbook written straight into its file reads back, with POI, as the same workbook {@link SheetWriter}
 * makes through POI: the same values, cell types, styles, row heights, merged cells, column widths and print
 * setup — so a feedback file looks the same whichever writes it.
 */
class XlsxStreamTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"点我\")";

    /** A list sheet as the feedback workbooks write them, with the awkward values. */
    private static final Consumer<SheetOut> LIST = out -> {
        out.columns(28, 10, 8, 48);
        out.title(0, 3, "财政局 2018年报送表格中未采用的行");
        String[] header = {"文件", "工作表", "行", "原始内容，很长很长的表头文字会换行"};
        for (int c = 0; c < header.length; c++) {
            out.header(1, c, header[c]);
        }
        out.text(2, 0, "财政局/2018年目录.csv");
        out.text(2, 1, null);
        out.number(2, 2, 12);
        out.text(2, 3, FORMULA);
        out.decimal(3, 0, 0.857);
        out.text(3, 1, "a&b<c>\"d\"");
        out.text(3, 3, "第一行\r\n第二行\t制表 " + "很长的原始内容".repeat(20));
        out.text(4, 0, "控制\u0001字符\uFFFE与孤立\uD800代理");
        out.text(4, 1, "😀");
        out.note(6, 3, "请按“说明”更正原表格后重新报送；“行”为 Excel 中显示的行号。".repeat(3));
        out.printable(true, 2);
    };

    private static final Consumer<SheetOut> EMPTY = out -> {
        out.columns(14, 30, 10);
        out.title(0, 2, "词典中没有的值");
        out.header(1, 0, "列");
        out.note(3, 2, "没有词典中没有的值。");
        out.printable(false, 2);
    };

    @Test
    void readsBackAsTheWorkbookSheetWriterMakes() throws IOException {
        try (XSSFWorkbook streamed = read(streamed()); XSSFWorkbook viaPoi = read(viaPoi())) {
            assertThat(names(streamed)).containsExactly("未采用的行", "词典中没有的值");
            for (int s = 0; s < 2; s++) {
                XSSFSheet a = streamed.getSheetAt(s);
                XSSFSheet b = viaPoi.getSheetAt(s);
                assertThat(describe(a)).as(a.getSheetName()).isEqualTo(describe(b));
            }
            XSSFSheet list = streamed.getSheetAt(0);
            Cell formula = list.getRow(2).getCell(3);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo(FORMULA);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(list.getRow(3).getCell(1).getStringCellValue()).isEqualTo("a&b<c>\"d\"");
            assertThat(list.getRow(3).getCell(3).getStringCellValue()).startsWith("第一行\r\n第二行\t制表 ");
            assertThat(list.getRow(4).getCell(0).getStringCellValue()).isEqualTo("控制?字符?与孤立?代理");
            assertThat(list.getRow(4).getCell(1).getStringCellValue()).isEqualTo("😀");
            assertThat(list.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(0.857);
            assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(list.getPrintSetup().getLandscape()).isTrue();
            assertThat(streamed.getSheetAt(1).getPrintSetup().getLandscape()).isFalse();
            assertThat(list.getRow(3).getHeightInPoints()).as("long text wraps over lines").isGreaterThan(15);
        }
    }

    @Test
    void rowsComeTopToBottomAndSheetsInTheOrderDeclared() {
        XlsxStream workbook = new XlsxStream(new ByteArrayOutputStream(), List.of("一", "二"));
        assertThatThrownBy(() -> workbook.sheet("二")).isInstanceOf(IllegalStateException.class);
        SheetOut one = workbook.sheet("一");
        one.columns(10);
        one.text(3, 0, "x");
        assertThatThrownBy(() -> one.text(2, 0, "y")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> one.columns(10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(workbook::close).as("sheet 二 never written").isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "column {0} is {1}")
    @CsvSource({"0, A", "1, B", "25, Z", "26, AA", "27, AB", "701, ZZ", "702, AAA"})
    void namesColumnsAsExcelDoes(int column, String letters) {
        assertThat(XlsxStream.column(column)).isEqualTo(letters);
    }

    private static byte[] streamed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxStream workbook = new XlsxStream(bytes, List.of("未采用的行", "词典中没有的值"))) {
            LIST.accept(workbook.sheet("未采用的行"));
            EMPTY.accept(workbook.sheet("词典中没有的值"));
        }
        return bytes.toByteArray();
    }

    private static byte[] viaPoi() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
            LIST.accept(new SheetWriter(workbook, styles, "未采用的行"));
            EMPTY.accept(new SheetWriter(workbook, styles, "词典中没有的值"));
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }

    /** What a reader sees of a sheet: cells with type, value and style, row heights, merges, widths, print setup. */
    private static List<String> describe(XSSFSheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            lines.add("row " + row.getRowNum() + " height " + (((XSSFRow) row).getCTRow().isSetHt() ? row.getHeightInPoints() : "default"));
            for (Cell cell : row) {
                Object value = cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue();
                lines.add(cell.getAddress() + " " + cell.getCellType() + " " + value + " " + style((XSSFCellStyle) cell.getCellStyle()));
            }
        }
        sheet.getMergedRegions().forEach(region -> lines.add("merged " + region.formatAsString()));
        for (int c = 0; c < 4; c++) {
            lines.add("width " + c + " " + sheet.getColumnWidth(c));
        }
        lines.add("print landscape " + sheet.getPrintSetup().getLandscape() + " fit " + sheet.getFitToPage() + " "
                + sheet.getPrintSetup().getFitWidth() + "x" + sheet.getPrintSetup().getFitHeight() + " A4 "
                + (sheet.getPrintSetup().getPaperSize() == org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE)
                + " centred " + sheet.getHorizontallyCenter() + " titles " + sheet.getRepeatingRows());
        return lines;
    }

    private static String style(XSSFCellStyle style) {
        return String.join(",", "wrap=" + style.getWrapText(), "quote=" + style.getQuotePrefixed(),
                "h=" + style.getAlignment(), "v=" + style.getVerticalAlignment(), "border=" + style.getBorderBottom()
                        + style.getBorderTop() + style.getBorderLeft() + style.getBorderRight(),
                "bold=" + style.getFont().getBold(), "size=" + style.getFont().getFontHeightInPoints(),
                "fill=" + style.getFillPattern() + "/" + style.getFillForegroundColor());
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
