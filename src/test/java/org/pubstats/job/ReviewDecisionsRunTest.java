package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review workbook through the real job, both ways (design.md §5): a run lists a look-alike pair in
 * review-2018.xlsx with a 合并/分开 drop-down; the office picks a decision in that very file and saves it as
 * jobs/review-decisions.xlsx; the next run reads it (the saved workbook is part of the run's fingerprint) and merges
 * the pair or keeps it apart, and either way stops listing it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReviewDecisionsRunTest extends WarehouseTest {

    private static final List<String> HEADER = List.of("标题", "发布日期", "公开渠道");
    private static final String PLANTING = "关于开展春季植树造林的通知";
    private static final String PLANTING_WORK = "关于开展春季植树造林工作的通知";

    /** A copy of jobs/ the tests may write the decisions into. */
    private static final Path JOBS = JobsCopy.fresh();

    @DynamicPropertySource
    static void jobsDir(DynamicPropertyRegistry registry) {
        registry.add("pubstats.jobs-dir", JOBS::toString);
    }

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    Inbox inbox;
    Path out;

    @BeforeEach
    void inboxWithALookAlikePair() throws IOException {
        Files.deleteIfExists(decisions());
        inbox = new Inbox(temp.resolve("inbox"));
        out = temp.resolve("out");
        inbox.csv("林业局/目录.csv", List.of(HEADER, List.of(PLANTING, "2018-03-05", "网站")));
        inbox.csv("自然资源局/目录.csv", List.of(HEADER, List.of(PLANTING_WORK, "2018-03-05", "网站")));
        inbox.csv("水务局/目录.csv", List.of(HEADER, List.of("关于做好防汛工作的通知", "2018-06-01", "网站")));
        inbox.csv("应急局/目录.csv", List.of(HEADER, List.of("2018年安全生产工作要点", "2018-02-01", "网站")));
    }

    private static Path decisions() {
        return JOBS.resolve("review-decisions.xlsx");
    }

    private void run() {
        try {
            assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, out))).isZero();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int items() {
        return jdbc.queryForObject("SELECT count(*) FROM item", Integer.class);
    }

    @Test
    void theWorkbookListsThePairWithADropDownForTheDecision() throws IOException {
        run();

        try (XSSFWorkbook workbook = open(out.resolve("review-2018.xlsx"))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("待核查重复");
            assertThat(texts(sheet.getRow(0))).first().isEqualTo("2018年待核查的疑似重复信息");
            assertThat(texts(sheet.getRow(1)).get(0)).contains("“决定”列").contains("jobs/review-decisions.xlsx");
            assertThat(texts(sheet.getRow(2))).containsExactly("序号", "原因", "相似度", "标题A", "日期A", "文号A", "部门A",
                    "文件A", "工作表A", "行A", "标题B", "日期B", "文号B", "部门B", "文件B", "工作表B", "行B", "决定", "备注");
            List<String> pair = texts(sheet.getRow(3));
            assertThat(pair.get(0)).isEqualTo("1");
            assertThat(pair.get(1)).isEqualTo("近似标题");
            assertThat(List.of(pair.get(3), pair.get(10))).containsExactlyInAnyOrder(PLANTING, PLANTING_WORK);
            assertThat(List.of(pair.get(7), pair.get(14))).containsExactlyInAnyOrder("林业局/目录.csv", "自然资源局/目录.csv");
            assertThat(pair.get(4)).isEqualTo("2018-03-05");
            assertThat(pair.get(9)).isEqualTo("2");
            assertThat(sheet.getRow(3).getCell(3).getCellStyle().getQuotePrefixed()).as("text stays text").isTrue();
            assertThat(sheet.getLastRowNum()).as("one pair listed").isEqualTo(3);

            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            XSSFDataValidation verdict = validations.get(0);
            assertThat(verdict.getValidationConstraint().getExplicitListValues()).containsExactly("合并", "分开");
            assertThat(verdict.getRegions().getCellRangeAddresses()).containsExactly(new CellRangeAddress(3, 3, 17, 17));
            assertThat(verdict.getShowErrorBox()).isTrue();
            assertThat(verdict.getErrorStyle()).isEqualTo(XSSFDataValidation.ErrorStyle.STOP);
            assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown()).as("OOXML: true would hide the arrow").isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        List<String> csv = Files.readAllLines(out.resolve("review-2018.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).isEqualTo("\uFEFF序号,原因,相似度,标题A,日期A,文号A,部门A,文件A,工作表A,行A,"
                + "标题B,日期B,文号B,部门B,文件B,工作表B,行B,决定,备注");
        assertThat(csv.get(1)).startsWith("1,近似标题,").endsWith(",,");
        assertThat(jdbc.queryForList("SELECT path FROM export_file WHERE part = 'contract'", String.class))
                .contains("review-2018.xlsx", "review-2018.csv");
    }

    @Test
    void mergeChosenInTheSavedWorkbookMergesThePairOnTheNextRun() throws IOException {
        run();
        assertThat(items()).isEqualTo(4);

        decide("合并");
        run();

        assertThat(lastRunUnchanged()).as("the saved workbook is part of the fingerprint").isFalse();
        assertThat(items()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT row_count FROM item WHERE title = ?", Integer.class, PLANTING)).isEqualTo(2);
        assertThat(listedTitles()).doesNotContain(PLANTING, PLANTING_WORK);
        run();
        assertThat(lastRunUnchanged()).as("and then nothing changed again").isTrue();
    }

    @Test
    void theNextListCarriesTheDecisionsSoSavingItOverTheOldOneKeepsThem() throws IOException {
        run();
        decide("合并");
        run();

        try (XSSFWorkbook workbook = open(out.resolve("review-2018.xlsx"))) {
            XSSFSheet decided = workbook.getSheet("已决定");
            assertThat(texts(decided.getRow(2))).containsExactlyElementsOf(texts(workbook.getSheet("待核查重复").getRow(2)));
            List<String> row = texts(decided.getRow(3));
            assertThat(row.get(17)).isEqualTo("合并");
            assertThat(List.of(row.get(3), row.get(10))).containsExactlyInAnyOrder(PLANTING, PLANTING_WORK);
            assertThat(decided.getDataValidations()).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("合并", "分开"));
        }
        // The office saves the new list as jobs/review-decisions.xlsx, as the note says.
        Files.copy(out.resolve("review-2018.xlsx"), decisions(), StandardCopyOption.REPLACE_EXISTING);
        run();

        assertThat(items()).as("the merge still holds").isEqualTo(3);
        assertThat(listedTitles()).doesNotContain(PLANTING, PLANTING_WORK);
    }

    @Test
    void keepApartChosenInTheSavedWorkbookKeepsThePairApartAndStopsListingIt() throws IOException {
        run();

        decide("分开");
        run();

        assertThat(lastRunUnchanged()).isFalse();
        assertThat(items()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_pair", Integer.class)).isZero();
        assertThat(listedTitles()).isEmpty();
    }

    @Test
    void aDecidedRowThatMatchesNoRowIsNamedByTheWorkbooksSheetAndRow(CapturedOutput output) throws IOException {
        run();
        decide("合并");
        try (XSSFWorkbook workbook = open(decisions())) {
            setText(workbook.getSheetAt(0).getRow(3), 4, "2018-03-06"); // 日期A: a day no row has
            save(workbook, decisions());
        }

        run();

        assertThat(items()).isEqualTo(4);
        assertThat(output.getOut()).contains(decisions() + " 工作表“待核查重复”第 4 行：标题A“")
                .contains("（2018-03-06）没有对应的信息");
    }

    @Test
    void aVerdictTypedPastTheDropDownStopsTheRunNamingTheSheetAndRow(CapturedOutput output) throws Exception {
        run();
        decide("同一条"); // POI, like a paste, is not held by the drop-down

        int status = runCommand.run(new RunOptions(inbox.root(), 2018, out));

        assertThat(status).isEqualTo(1);
        assertThat(output.getErr()).contains("运行失败：").contains(decisions()
                + " 工作表“待核查重复”第 4 行：决定应为“合并”或“分开”（请从下拉列表中选择），此行为“同一条”").doesNotContain("Exception");
        assertThat(items()).as("nothing changed").isEqualTo(4);
    }

    /** What the office does: pick the decision in the pair's row of review-2018.xlsx, save it as jobs/review-decisions.xlsx. */
    private void decide(String verdict) throws IOException {
        try (XSSFWorkbook workbook = open(out.resolve("review-2018.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("待核查重复");
            int column = texts(sheet.getRow(2)).indexOf("决定");
            int row = 3;
            assertThat(texts(sheet.getRow(row))).contains(PLANTING);
            setText(sheet.getRow(row), column, verdict);
            save(workbook, decisions());
        }
    }

    /**
     * A cell's new text, as Excel writes it. Not setCellValue on the cell as it is: on an inline-string cell (SXSSF
     * writes those) POI keeps the old inline text beside the new value, and readers take the old one.
     */
    private static void setText(Row row, int column, String text) {
        Cell old = row.getCell(column);
        var style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The titles of the pairs review-2018.xlsx lists. */
    private List<String> listedTitles() throws IOException {
        try (XSSFWorkbook workbook = open(out.resolve("review-2018.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("待核查重复");
            List<String> titles = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    titles.add(row.getCell(3).getStringCellValue());
                    titles.add(row.getCell(10).getStringCellValue());
                }
            }
            return titles;
        }
    }

    private boolean lastRunUnchanged() {
        return jdbc.queryForObject("SELECT unchanged FROM run ORDER BY id DESC LIMIT 1", Boolean.class);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            workbook.write(stream);
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(format.formatCellValue(cell));
        }
        return texts;
    }
}
