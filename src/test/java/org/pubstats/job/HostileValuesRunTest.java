package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, containment: values a hostile (or just unlucky) department sends — titles of 1,000 and
 * 10,000 Chinese characters, NUL in an .xls string cell and in a CSV after its first megabyte, C0/C1
 * control characters, a rejected row with a 40,000-character cell, a department folder and a
 * 发布单位 value too long for a file name — each used to stop the whole run. The run completes, every
 * row is accounted for, long values are stored whole, and the year-end files are written.
 */
class HostileValuesRunTest extends WarehouseTest {

    private static final List<String> HEADER = List.of("序号", "标题", "发布日期", "公开渠道");
    private static final String TITLE_1000 = "关于印发呼玛县政府信息公开工作要点的通知".repeat(50);
    private static final String TITLE_10000 = "长标题".repeat(3334).substring(0, 10_000);
    /** 80 characters (240 bytes): about the longest folder name a file system takes. */
    private static final String LONG_FOLDER = "呼玛县人民政府办公室政务公开科".repeat(6).substring(0, 80);
    private static final String LONG_UNIT = "呼玛县农业农村局畜牧兽医服务中心".repeat(7).substring(0, 100);

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void oneBadValueNeverStopsACounty() throws Exception {
        Path root = temp.resolve("inbox");
        Inbox inbox = new Inbox(root);
        inbox.xlsx("长标题局/目录.xlsx", List.of(HEADER,
                List.of("1", TITLE_1000, "2018-03-01", "政府网站"),
                List.of("2", TITLE_1000, "2018-03-01", "微信"),
                List.of("3", TITLE_10000, "2018-03-02", "政府网站")));
        writeXlsWithNul(root.resolve("财政局/目录.xls"));
        writeCsvWithNulAfterFirstMegabyte(root.resolve("教育局/大目录.csv"));
        // (A few control bytes among ordinary rows: a file made mostly of them is rejected as binary, as before.)
        inbox.write("民政局/控制字符.csv", ("标题,发布日期,公开渠道\n"
                + "关于\u0001低保\u001F标准的\u007F公示\u0085说明\u009F,2018-04-01,网站\n"
                + "\u0002救助\u0003公告,2018-04-02,网站\n"
                + "民政局关于开展社会救助专项治理工作的通知,2018-04-03,网站\n".repeat(12)).getBytes(StandardCharsets.UTF_8));
        inbox.csv(LONG_FOLDER + "/目录.csv", List.of(HEADER,
                List.of("1", "普通信息", "2018-05-01", "政府网站"),
                List.of("2", "长".repeat(40_000), "不是日期", "政府网站")));
        inbox.csv("综合/目录.csv", List.of(List.of("标题", "发布日期", "公开渠道", "发布单位"),
                List.of("畜牧防疫通知", "2018-06-01", "信鸽", LONG_UNIT),
                List.of("综合信息", "2018-06-02", "政府网站", "综合办")));

        Path out = temp.resolve("out");
        assertThat(runCommand.run(new RunOptions(root, 2018, out))).as("the run completes").isZero();

        // Every file accounted for, none rejected as a whole.
        List<Map<String, Object>> files = jdbc.queryForList("SELECT * FROM v_files WHERE status = 'active'");
        assertThat(files).hasSize(6);
        for (Map<String, Object> file : files) {
            assertThat(file.get("kind")).as("kind of %s", file.get("file")).isIn("items");
            assertThat((Integer) file.get("rows_read")).as("read = accepted + rejected + skipped in %s", file.get("file"))
                    .isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_rejected")
                            + (Integer) file.get("rows_skipped"));
        }
        assertThat(Files.readString(out.resolve("files-2018.csv"))).contains("教育局/大目录.csv,教育局,items");
        assertThat(accepted("教育局/大目录.csv")).isEqualTo(20_001);
        assertThat(accepted("财政局/目录.xls")).isEqualTo(2);
        assertThat(accepted("民政局/控制字符.csv")).isEqualTo(14);

        // Long titles stored whole; the two identical ones are one item.
        assertThat(jdbc.queryForList("SELECT length(title) FROM item_row ORDER BY 1 DESC LIMIT 3", Integer.class))
                .containsExactly(10_000, 1_000, 1_000);
        assertThat(jdbc.queryForMap("SELECT row_count, channels FROM item WHERE title = ?", TITLE_1000))
                .containsEntry("row_count", 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item WHERE title = ?", Integer.class, TITLE_10000)).isEqualTo(1);

        // Control characters are gone, the text around them kept.
        for (String title : List.of("预算公开", "决算\n公开", "迟到的标题", "关于低保标准的公示\n说明", "救助公告")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row WHERE title = ?", Integer.class, title))
                    .as("title %s", title).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row WHERE title ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT channels[1] FROM item_row WHERE title = '预算公开'", String.class))
                .as("the channel cell with a NUL still maps").isEqualTo("政府网站");
        assertThat(jdbc.queryForObject("SELECT sheet FROM item_row WHERE title = '预算公开'", String.class)).isEqualTo("目录");

        // The rejected 40,000-character cell: whole in the CSV, cut with a mark in the feedback workbook.
        String rejected = Files.readString(out.resolve("rejected-2018.csv"));
        assertThat(rejected.contains(LONG_FOLDER + "/目录.csv,,3,BAD_DATE,")).as("rejected row listed").isTrue();
        assertThat(rejected.contains("长".repeat(40_000))).as("the CSV keeps the cell whole").isTrue();
        Path feedback = only(out.resolve("feedback"), LONG_FOLDER.substring(0, 20));
        assertThat(feedback.getFileName().toString()).matches("[^-]+-[0-9a-f]{8}-2018\\.xlsx");
        assertThat(feedback.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
        try (XSSFWorkbook workbook = open(feedback)) {
            String raw = workbook.getSheet("未采用的行").getRow(2).getCell(3).getStringCellValue();
            // "2 | " + 40,000 × 长 + " | 不是日期 | 政府网站" is 40,018 characters.
            assertThat(raw.length()).isEqualTo(32_767);
            assertThat(raw.startsWith("2 | 长长长")).as("starts with the cells").isTrue();
            assertThat(raw.substring(raw.length() - 30)).endsWith("长…［已截断，原文共40018字］");
        }

        // The department from a 发布单位 column is a department: in the 各部门 sheet and with its own feedback file.
        assertThat(jdbc.queryForList("SELECT department FROM department_figures WHERE year = 2018", String.class))
                .contains(LONG_UNIT, "综合办", "综合", LONG_FOLDER, "长标题局");
        Path unitFeedback = only(out.resolve("feedback"), LONG_UNIT.substring(0, 20));
        try (XSSFWorkbook workbook = open(unitFeedback)) {
            assertThat(workbook.getSheet("词典中没有的值").getRow(2).getCell(1).getStringCellValue()).isEqualTo("信鸽");
        }
        try (XSSFWorkbook workbook = open(out.resolve("county-report-2018.xlsx"))) {
            XSSFSheet departments = workbook.getSheet("各部门");
            List<String> names = new java.util.ArrayList<>();
            for (Row row : departments) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(names).contains(LONG_UNIT, "综合办", LONG_FOLDER);
        }

        // Running again changes nothing.
        assertThat(runCommand.run(new RunOptions(root, 2018, out))).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item WHERE title = ?", Integer.class, TITLE_1000)).isEqualTo(1);
    }

    private int accepted(String file) {
        return jdbc.queryForObject("SELECT rows_accepted FROM v_files WHERE status = 'active' AND file = ?", Integer.class, file);
    }

    private static Path only(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).as("feedback files starting with %s", prefix).hasSize(1);
            return found.get(0);
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** An Excel 97–2003 file whose string cells carry NUL, as broken exports write them. */
    static void writeXlsWithNul(Path file) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("目\u0000录");
            String[][] rows = {{"标题", "发布日期", "公开渠道"},
                    {"预算\u0000公开", "2018-01-10", "政府网站\u0000"},
                    {"\u0000决算\u0001\u0085\u009F公开\u0000", "2018-01-11", "网站"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** 20,000 ordinary rows (more than the first megabyte the encoding sniffer reads), then a NUL in a title. */
    static Path writeCsvWithNulAfterFirstMegabyte(Path file) throws IOException {
        // Titles of random characters: alike titles would make millions of probable duplicates to review.
        java.util.Random random = new java.util.Random(8);
        StringBuilder text = new StringBuilder("标题,发布日期,公开渠道\n");
        for (int i = 1; i <= 20_000; i++) {
            for (int c = 0; c < 14; c++) {
                text.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
            text.append(",2018-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append(",政府网站\n");
        }
        assertThat(text.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);
        text.append("迟到的\u0000标题,2018-02-10,政府网站\n");
        Files.createDirectories(file.getParent());
        return Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
