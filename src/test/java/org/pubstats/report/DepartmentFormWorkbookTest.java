package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.DepartmentForm;

/** The fill-in forms of {@code ./pubstats forms}, read back with POI: name and year filled, cells locked, input validated. */
class DepartmentFormWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void oneFormPerDepartmentOfTheRosterWithItsNameAndYearAndOnlyTheFiguresOpen() throws Exception {
        List<Path> files = DepartmentFormFiles.write(List.of("财政局", "教育局", "县人民政府办公室"), 2022, temp);
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "表二表四填报表-财政局-2022.xlsx", "表二表四填报表-教育局-2022.xlsx", "表二表四填报表-县人民政府办公室-2022.xlsx");
        try (InputStream in = Files.newInputStream(files.get(1)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet(DepartmentForm.SHEET);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("教育局2022年政府信息公开工作年度报告 表二、表四填报表");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo(DepartmentForm.MARKER_LABEL);
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo(DepartmentForm.MARKER);
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("教育局");
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("2022");
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(3))).isEqualTo("2021年格式");
            Row header = sheet.getRow(DepartmentForm.HEADER_ROW - 1);
            for (int c = 0; c < DepartmentForm.HEADER.size(); c++) {
                assertThat(text.formatCellValue(header.getCell(c))).isEqualTo(DepartmentForm.HEADER.get(c));
            }
            assertThat(sheet.getProtect()).as("sheet protection on").isTrue();
            assertThat(workbook.isStructureLocked()).isTrue();
            List<DepartmentForm.Figure> figures = DepartmentForm.figures(2022);
            assertThat(figures).hasSize(10 + 15);
            for (int i = 0; i < figures.size(); i++) {
                Row row = sheet.getRow(DepartmentForm.HEADER_ROW + i);
                assertThat(text.formatCellValue(row.getCell(0))).isEqualTo(figures.get(i).code());
                assertThat(text.formatCellValue(row.getCell(4))).isEqualTo(figures.get(i).column());
                for (int c = 0; c < DepartmentForm.VALUE_COLUMN; c++) {
                    assertThat(row.getCell(c).getCellStyle().getLocked()).as("label cell locked").isTrue();
                }
                assertThat(row.getCell(DepartmentForm.VALUE_COLUMN).getCellStyle().getLocked()).as("input open").isFalse();
            }
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getLocked()).isTrue();

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(figures.size());
            for (DataValidation v : validations) {
                int row = v.getRegions().getCellRangeAddress(0).getFirstRow();
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(DepartmentForm.VALUE_COLUMN);
                DepartmentForm.Figure f = figures.get(row - DepartmentForm.HEADER_ROW);
                DataValidationConstraint c = v.getValidationConstraint();
                assertThat(v.getShowErrorBox()).isTrue();
                if (f.kind() == DepartmentForm.Kind.AMOUNT) {
                    assertThat(f.column()).contains("万元");
                    assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
                    assertThat(sheet.getRow(row).getCell(DepartmentForm.VALUE_COLUMN).getCellStyle().getDataFormatString()).isEqualTo("0.00");
                } else {
                    assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                }
                assertThat(c.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
                assertThat(c.getFormula1()).isEqualTo("0");
            }
        }
    }

    @Test
    void the2019TrialFormatHasItsOwnRowsAndColumnsAndNoFormBefore2019() throws Exception {
        Path file = DepartmentFormWorkbook.write("财政局", 2020, temp.resolve("f.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(DepartmentForm.SHEET);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(3))).isEqualTo("2019年试行格式");
            List<DepartmentForm.Figure> figures = DepartmentForm.figures(2020);
            assertThat(figures).extracting(DepartmentForm.Figure::row).contains("其他对外管理服务事项", "政府集中采购");
            assertThat(figures).extracting(DepartmentForm.Figure::column).contains("本年新制作数量", "本年增/减", "采购总金额")
                    .doesNotContain("本年制发件数");
            assertThat(sheet.getDataValidations()).hasSize(figures.size());
        }
        assertThatThrownBy(() -> DepartmentFormWorkbook.write("财政局", 2018, temp.resolve("g.xlsx")))
                .hasMessageContaining("没有表二、表四");
    }

    @Test
    void the2019TrialFormatsTableTwoIsLaidOutWithItsOwnBlocksAndTheSumsAddUp() {
        java.util.Map<String, java.math.BigDecimal> a = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.math.BigDecimal> b = new java.util.LinkedHashMap<>();
        for (DepartmentForm.Figure f : DepartmentForm.figures(2020)) {
            a.put(f.code(), java.math.BigDecimal.ONE);
            b.put(f.code(), java.math.BigDecimal.valueOf(2));
        }
        for (int block = 0; block < 3; block++) {
            a.put(DepartmentForm.tableFourCode(block, 4), java.math.BigDecimal.valueOf(4));
            b.put(DepartmentForm.tableFourCode(block, 4), java.math.BigDecimal.valueOf(8));
        }
        b.put("T2S-22", new java.math.BigDecimal("3.25")); // 采购总金额（万元）
        b.put(DepartmentForm.tableFourCode(2, 4), java.math.BigDecimal.TEN); // 复议后起诉 总计 10 ≠ 8
        DepartmentForms sum = DepartmentForms.sum("全县合计", 2020,
                List.of(new DepartmentForms("甲", 2020, "甲/f.xlsx", a), new DepartmentForms("乙", 2020, "乙/f.xlsx", b)));
        List<FormTables.Block> blocks = FormTables.tableTwo(2020, sum);
        assertThat(blocks).extracting(FormTables.Block::caption).containsExactly("第二十条第（一）项", "第二十条第（五）项",
                "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项");
        assertThat(blocks.get(1).columns()).containsExactly("上一年项目数量", "本年增/减", "处理决定数量");
        assertThat(blocks.get(1).lines()).extracting(FormTables.Line::label).containsExactly("行政许可", "其他对外管理服务事项");
        assertThat(blocks.get(4).lines().get(0).cells()).extracting(FormTables.Cell::text).containsExactly("3", "4.25");
        assertThat(blocks.get(0).lines().get(1).label()).isEqualTo("规范性文件");
        assertThat(FormTables.tableFour(sum)).extracting(FormTables.Cell::text).endsWith("3", "3", "3", "3", "14");
        assertThat(new DepartmentForms("乙", 2020, "乙/f.xlsx", b).tableFourProblems())
                .containsExactly("行政诉讼：复议后起诉：总计 10 ≠ 结果维持 2 + 结果纠正 2 + 其他结果 2 + 尚未审结 2 = 8");
        assertThat(FormTables.tableFour((DepartmentForms) null)).extracting(FormTables.Cell::text).containsOnly("—");
    }
}
