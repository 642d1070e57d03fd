package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubstats.intake.TableCursor.SkippedSheet;
import org.pubstats.intake.TableFormat;

/** The same workbook as .xlsx and as .xls must read to the same rows. */
class ExcelFormatsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("xlsx", (Supplier<Workbook>) XSSFWorkbook::new, new XlsxFormat()),
                Arguments.of("xls", (Supplier<Workbook>) HSSFWorkbook::new, new XlsFormat()));
    }

    private Rows readSample(String extension, Supplier<Workbook> workbook, TableFormat format) throws Exception {
        Path file = SampleWorkbook.write(workbook.get(), dir.resolve("sample." + extension));
        return Rows.read(format, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void titleAndMergedHeaderCellsKeepTheirRowsAndValueInTopLeftCell(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        Rows rows = readSample(ext, wb, format);

        assertThat(rows.cells(SampleWorkbook.LIST, 1)).containsExactly(SampleWorkbook.TITLE);
        assertThat(rows.cells(SampleWorkbook.LIST, 3)).containsExactly("序号", "信息标题", "发布信息");
        assertThat(rows.cells(SampleWorkbook.LIST, 4)).containsExactly("", "", "发布日期", "公开渠道");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void rowNumbersAreTheSheetRowsWithGapsKeptAndSheetsInOrder(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        Rows rows = readSample(ext, wb, format);

        assertThat(rows.positions()).containsExactly(
                "目录!1", "目录!3", "目录!4", "目录!5", "目录!6", "目录!7", "目录!8", "目录!9", "目录!10",
                "第二页!1", "第二页!3");
        assertThat(rows.cells(SampleWorkbook.SECOND, 1)).containsExactly("", "第二页B1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void hiddenAndVeryHiddenSheetsAreSkippedWithWhy(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        Rows rows = readSample(ext, wb, format);

        assertThat(rows.skipped()).containsExactly(
                new SkippedSheet("下拉选项", "隐藏工作表"), new SkippedSheet("代码表", "隐藏工作表"));
        assertThat(rows.rows()).noneMatch(r -> r.sheet().equals("下拉选项") || r.sheet().equals("代码表"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void dateCellsReadAsIsoDatesAndDateTimes(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        Rows rows = readSample(ext, wb, format);

        assertThat(rows.cells(SampleWorkbook.LIST, 5))
                .containsExactly("1", "关于印发《呼玛县财政预算管理办法》的通知", "2018-03-05", "政府网站、微信");
        assertThat(rows.cells(SampleWorkbook.LIST, 6))
                .containsExactly("2", "2018年财政预算公开", "2018-03-05T10:30", "2018-12-31");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void numbersBooleansAndFormulaResultsReadAsTheUserSeesThem(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        Rows rows = readSample(ext, wb, format);

        assertThat(rows.cells(SampleWorkbook.LIST, 9)).containsExactly("12.5", "20180305", "3", "TRUE", "1234567.5");
        assertThat(rows.cells(SampleWorkbook.LIST, 10))
                .containsExactly("1234567890123", "0.3", "-3.25", "合计", "2018-03-06", "43165");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void blankRowsAreEmptyWhetherWithoutCellsOrWithEmptyStrings(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        Rows rows = readSample(ext, wb, format);

        assertThat(rows.cells(SampleWorkbook.LIST, 7)).isEmpty();
        assertThat(rows.cells(SampleWorkbook.LIST, 8)).isEmpty();
        assertThat(rows.row(SampleWorkbook.LIST, 8).isBlank()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aWorkbookRenamedToTheOtherExtensionStillReads(String ext, Supplier<Workbook> wb, TableFormat format) throws Exception {
        String other = ext.equals("xlsx") ? "xls" : "xlsx";
        Path file = SampleWorkbook.write(wb.get(), dir.resolve("renamed." + other));
        TableFormat byName = ext.equals("xlsx") ? new XlsFormat() : new XlsxFormat();

        List<String> title = Rows.read(byName, file).cells(SampleWorkbook.LIST, 1);

        assertThat(title).containsExactly(SampleWorkbook.TITLE);
    }
}
