package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review-YYYY.xlsx without a database: text from the data stays text, the carried decisions keep their drop-down. */
class ReviewWorkbookTest {

    @TempDir
    Path dir;

    private static final ReviewPair FORMULA_PAIR = new ReviewPair(0.912, "近似标题",
            new ReviewPair.Side("=HYPERLINK(\"http://evil\",\"点我\")", "2018-05-06", "+呼财发〔2018〕1号", "@部门",
                    "财政局/目录.csv", "", 7),
            new ReviewPair.Side("HYPERLINK 点我", "2018-05-06", null, "教育局", "教育局/目录.xlsx", "2018", null));

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void textFromTheDataIsNeverAFormula() throws IOException {
        Path file = ReviewWorkbook.write(dir.resolve("review-2018.xlsx"), 2018, each -> each.accept(FORMULA_PAIR),
                List.of(Map.of("决定", "合并", "标题A", "=1+2", "备注", "-同一文件")));

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("待核查重复");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("已决定");
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA))));
            Cell title = workbook.getSheetAt(0).getRow(3).getCell(3);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"点我\")");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(5).getStringCellValue()).isEqualTo("+呼财发〔2018〕1号");
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(16).getStringCellValue()).as("no row number").isEmpty();
            XSSFSheet decided = workbook.getSheet("已决定");
            assertThat(decided.getRow(3).getCell(3).getStringCellValue()).isEqualTo("=1+2");
            assertThat(decided.getRow(3).getCell(17).getStringCellValue()).isEqualTo("合并");
            assertThat(decided.getRow(3).getCell(18).getStringCellValue()).isEqualTo("-同一文件");
            for (XSSFSheet sheet : List.of(workbook.getSheetAt(0), decided)) {
                assertThat(sheet.getDataValidations()).singleElement().satisfies(v -> {
                    assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("合并", "分开");
                    assertThat(v.getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("R4");
                });
            }
        }
    }

    @Test
    void anEmptyListSaysSoAndOffersNothingToDecide() throws IOException {
        Path file = ReviewWorkbook.write(dir.resolve("review-2018.xlsx"), 2018, each -> { }, List.of());

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getDataValidations()).isEmpty();
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("没有待核查的疑似重复信息。");
        }
    }
}
