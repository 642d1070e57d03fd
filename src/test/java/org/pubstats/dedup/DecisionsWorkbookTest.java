package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;
import org.pubstats.dedup.DedupOverrides.Source;
import org.pubstats.dedup.DedupOverrides.Verdict;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.format.TableFormats;
import org.pubstats.jobsdir.JobsFileException;

/** jobs/review-decisions.xlsx as the office saves it: columns by their header, undecided rows skipped, errors by row. */
class DecisionsWorkbookTest {

    private static final TableFormat XLSX = TableFormats.standard().forExtension("xlsx").orElseThrow();

    /** The review workbook's header, as review-YYYY.xlsx writes it. */
    private static final List<String> HEADER = List.of("序号", "原因", "相似度", "标题A", "日期A", "文号A", "部门A", "文件A",
            "工作表A", "行A", "标题B", "日期B", "文号B", "部门B", "文件B", "工作表B", "行B", "决定", "备注");

    @TempDir
    Path dir;

    /** A workbook of one sheet 待核查重复: a title row, a note, then the rows given. */
    private Path workbook(List<List<String>> rows) throws IOException {
        Path file = dir.resolve("review-decisions.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("待核查重复");
            sheet.createRow(0).createCell(0).setCellValue("2018年待核查的疑似重复信息");
            sheet.createRow(1).createCell(0).setCellValue("请在“决定”列选择 合并 或 分开 …");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static List<String> pair(String verdict, String titleA, String dateA, String docNoA, String titleB, String dateB,
                                     String docNoB) {
        return List.of("1", "近似标题", "0.9", titleA, dateA, docNoA, "财政局", "财政局/目录.csv", "", "3",
                titleB, dateB, docNoB, "教育局", "教育局/目录.csv", "", "4", verdict, "");
    }

    @Test
    void decidedRowsAreDecisionsAndUndecidedOnesAreSkipped() throws IOException {
        Path file = workbook(List.of(HEADER,
                pair("合并", "关于开展春季植树造林的通知", "2018-03-05", "", "关于开展春季植树造林工作的通知", "2018-03-05", ""),
                pair("", "财政预算公开", "2018-03-05", "呼财发〔2018〕1号", "财政预算公开", "2018-03-05", "呼财发〔2018〕2号"),
                pair(" 分开 ", "财政预算公开", "2018-03-05", "呼财发[2018]1号", "财政预算公开", "2018-03-05", "呼财发〔2018〕2号")));

        assertThat(DecisionsWorkbook.read(file, XLSX).decisions()).containsExactly(
                new Decision(Verdict.MERGE, new Side("关于开展春季植树造林的通知", LocalDate.of(2018, 3, 5), null),
                        new Side("关于开展春季植树造林工作的通知", LocalDate.of(2018, 3, 5), null),
                        new Source(file.toString(), "待核查重复", 4)),
                new Decision(Verdict.KEEP_APART,
                        new Side("财政预算公开", LocalDate.of(2018, 3, 5), "呼财发〔2018〕1号"),
                        new Side("财政预算公开", LocalDate.of(2018, 3, 5), "呼财发〔2018〕2号"),
                        new Source(file.toString(), "待核查重复", 6)));
    }

    @Test
    void columnsAreFoundByTheirHeaderWhereverTheOfficeMovedThem() throws IOException {
        // 决定 first, B before A, a column of the office's own, no 文号 columns, a header retyped with a space.
        Path file = workbook(List.of(
                List.of("决定", "经办人", "标题 B", "日期B", "标题A", "日期A"),
                List.of("合并", "张三", "关于做好防汛工作的通知", "2018/6/2", "关于做好防汛抗旱工作的通知", "2018年6月1日")));

        assertThat(DecisionsWorkbook.read(file, XLSX).decisions()).containsExactly(
                new Decision(Verdict.MERGE, new Side("关于做好防汛抗旱工作的通知", LocalDate.of(2018, 6, 1), null),
                        new Side("关于做好防汛工作的通知", LocalDate.of(2018, 6, 2), null),
                        new Source(file.toString(), "待核查重复", 4)));
    }

    @Test
    void aDateCellReadsAsItsDay() throws IOException {
        Path file = workbook(List.of(HEADER));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Row row = workbook.getSheetAt(0).createRow(3);
            List<String> cells = pair("分开", "甲通知", "", "", "乙通知", "2018-01-02", "");
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
            // Excel or WPS may turn a typed date into a date cell.
            row.getCell(4).setCellValue(LocalDate.of(2018, 1, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            row.getCell(4).setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThat(DecisionsWorkbook.read(file, XLSX).decisions()).singleElement()
                .satisfies(d -> assertThat(d.a().date()).isEqualTo(LocalDate.of(2018, 1, 1)));
    }

    @Test
    void aVerdictOtherThanMergeOrKeepApartIsAnErrorNamingTheSheetAndRow() throws IOException {
        Path file = workbook(List.of(HEADER,
                pair("", "甲通知", "2018-01-01", "", "乙通知", "2018-01-01", ""),
                pair("相同", "甲通知", "2018-01-01", "", "乙通知", "2018-01-01", "")));

        assertThatThrownBy(() -> DecisionsWorkbook.read(file, XLSX))
                .isInstanceOf(JobsFileException.class)
                .hasMessage(file + " 工作表“待核查重复”第 5 行：决定应为“合并”或“分开”（请从下拉列表中选择），此行为“相同”");
    }

    @Test
    void aDecidedRowWithoutAUsableTitleOrDateIsAnError() throws IOException {
        Path noTitle = workbook(List.of(HEADER, pair("合并", "甲通知", "2018-01-01", "", "  ", "2018-01-01", "")));
        assertThatThrownBy(() -> DecisionsWorkbook.read(noTitle, XLSX))
                .hasMessage(noTitle + " 工作表“待核查重复”第 4 行：标题B为空");

        Path badDate = workbook(List.of(HEADER, pair("分开", "甲通知", "2018-13-01", "", "乙通知", "2018-01-01", "")));
        assertThatThrownBy(() -> DecisionsWorkbook.read(badDate, XLSX))
                .hasMessage(badDate + " 工作表“待核查重复”第 4 行：日期A“2018-13-01”无法识别，请写成 2018-03-05 这样的日期");
    }

    @Test
    void aWorkbookWithoutTheHeaderOrNotAWorkbookIsAnErrorNamingTheFile() throws IOException {
        Path noHeader = workbook(List.of(List.of("标题", "日期"), List.of("甲通知", "2018-01-01")));
        assertThatThrownBy(() -> DecisionsWorkbook.read(noHeader, XLSX))
                .isInstanceOf(JobsFileException.class)
                .hasMessageStartingWith(noHeader + "：没有找到含“决定、标题A、日期A、标题B、日期B”列的表头");

        Path text = Files.writeString(dir.resolve("text.xlsx"), "决定,标题A\n");
        assertThatThrownBy(() -> DecisionsWorkbook.read(text, XLSX))
                .isInstanceOf(JobsFileException.class)
                .hasMessageStartingWith(text + "：无法读取：");
    }

    @Test
    void theDecidedRowsAreCarriedWithTheirCellsByHeader() throws IOException {
        Path file = workbook(List.of(
                List.of("决定", "标题A", "日期A", "标题B", "日期B", "备注"),
                List.of("", "甲通知", "2018-01-01", "乙通知", "2018-01-01"),
                List.of("分开", "丙通知", "2018-01-01", "丁通知", "2018-01-02", "两个村")));

        assertThat(DecisionsWorkbook.decidedRows(file, XLSX)).containsExactly(java.util.Map.of("决定", "分开", "标题A", "丙通知",
                "日期A", "2018-01-01", "标题B", "丁通知", "日期B", "2018-01-02", "备注", "两个村"));
        assertThat(DecisionsWorkbook.decidedRows(dir.resolve("none.xlsx"), XLSX)).isEmpty();
    }

    @Test
    void noWorkbookDecidesNothing() {
        assertThat(DecisionsWorkbook.read(dir.resolve("review-decisions.xlsx"), XLSX).decisions()).isEmpty();
    }

    @Test
    void decisionsOfBothFilesCombineEachWithItsSource() throws IOException {
        Path csv = Files.writeString(dir.resolve("dedup-overrides.csv"), "决定,标题A,日期A,标题B,日期B\n合并,甲通知,2018-01-01,乙通知,2018-01-01\n");
        Path xlsx = workbook(List.of(HEADER, pair("分开", "丙通知", "2018-01-01", "", "丁通知", "2018-01-01", "")));

        DedupOverrides both = DedupOverrides.load(csv).and(DecisionsWorkbook.read(xlsx, XLSX));

        assertThat(both.decisions()).extracting(d -> d.source().toString())
                .containsExactly(csv + " 第 2 行", xlsx + " 工作表“待核查重复”第 4 行");
        assertThat(both.merges()).hasSize(1);
        assertThat(both.keepApart()).hasSize(1);
    }
}
