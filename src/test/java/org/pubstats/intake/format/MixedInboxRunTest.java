package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 3 end to end: an inbox mixing what departments really send — an .xls with title rows, a
 * merged title, date cells, serial numbers and text dates, a hidden drop-down sheet and a 合计 row;
 * a GB18030 CSV with semicolons and a line break inside a quoted title; a tab-separated .txt with a
 * BOM; a request log; and files that must be rejected whole — gives the right figures, lists every
 * rejected row and file, and accounts for every row.
 */
class MixedInboxRunTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void readsWhatDepartmentsReallySend() throws Exception {
        Path root = temp.resolve("inbox");
        Inbox inbox = new Inbox(root);
        writeXls(root.resolve("财政局/2018年主动公开目录.xls"));
        inbox.csv("教育局/目录.csv", List.of(
                List.of("序号", "题目", "发布日期", "公开渠道", "类别"),
                List.of("1", "关于秋季开学的\n通知", "2018年9月1日", "微信；微博", "教育"),
                List.of("2", "校车安全提示", "２０１８－０９－０３", "抖音", "其它"),
                List.of("3", "招生简章", "2018/13/01", "网站", ""),
                List.of("4", "", "", "", "")), Charset.forName("GB18030"), ";");
        inbox.write("民政局/清单.txt", ("\uFEFF标题\t发布时间\t渠道\n"
                + "低保标准公示\t2018-05-05 10:30\t公示栏\n"
                + "低保标准公示\t2018-05-05\t网站\n").getBytes(StandardCharsets.UTF_8));
        writeRequests(root.resolve("政务服务中心/依申请公开登记.xlsx"));
        Path valid = BadFiles.validXlsx(temp.resolve("valid.xlsx"));
        Files.createDirectories(root.resolve("水务局"));
        BadFiles.truncated(valid, root.resolve("水务局/截断.xlsx"), 700);
        BadFiles.encryptedXlsx(root.resolve("水务局/加密.xlsx"));
        inbox.write("水务局/空.csv", new byte[0]);
        BadFiles.zipBomb(valid, root.resolve("水务局/炸弹.xlsx"));
        inbox.write("水务局/照片.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        Path out = temp.resolve("out");
        assertThat(runCommand.run(new RunOptions(root, 2018, out))).isZero();

        // 财政局: 5 items on the website (one dated 2017 does not count), 1 also on 电子屏, 3 key-area sub-areas;
        // 教育局: 2 items on other channels (抖音 counts as 其他), 教育 is a key-area sub-area, one bad date;
        // 民政局: two rows, one item, on 公开栏 and the website; requests: 2 received in 2018.
        List<String> county = Files.readAllLines(out.resolve("county-summary-2018.csv"), StandardCharsets.UTF_8);
        assertThat(county.get(1)).isEqualTo("数量,6,4,0,0,4,0,2");
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item WHERE title LIKE '关于秋季开学的%通知'", Integer.class))
                .as("the line break inside the quoted title is kept in the text").isEqualTo(1);

        List<String> rejected = Files.readAllLines(out.resolve("rejected-2018.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/截断.xlsx,,,UNREADABLE_FILE,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/加密.xlsx,,,ENCRYPTED_FILE,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/空.csv,,,EMPTY_FILE,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/炸弹.xlsx,,,SUSPICIOUS_FILE,"));
        assertThat(rejected).as("row numbers count physical lines: the quoted line break takes one")
                .anySatisfy(l -> assertThat(l).startsWith("教育局/目录.csv,,5,BAD_DATE,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("财政局/2018年主动公开目录.xls,主动公开目录,9,NO_TITLE,"));
        assertThat(rejected).hasSize(1 + 4 + 2);

        Map<String, Object> xls = jdbc.queryForMap("SELECT * FROM source_file WHERE rel_path = '财政局/2018年主动公开目录.xls'");
        assertThat(xls).containsEntry("kind", "items").containsEntry("rows_read", 12).containsEntry("rows_accepted", 6)
                .containsEntry("rows_rejected", 1).containsEntry("rows_skipped", 5);
        assertThat((String) xls.get("message")).contains("下拉选项").contains("隐藏工作表");
        for (Map<String, Object> file : jdbc.queryForList("SELECT * FROM source_file WHERE status = 'active'")) {
            assertThat((Integer) file.get("rows_read")).as("read = accepted + rejected + skipped in %s", file.get("rel_path"))
                    .isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_rejected")
                            + (Integer) file.get("rows_skipped"));
        }
        String files = Files.readString(out.resolve("files-2018.csv"));
        assertThat(files).contains("水务局/照片.jpg,水务局,skipped").contains("政务服务中心/依申请公开登记.xlsx,政务服务中心,requests");
        assertThat(jdbc.queryForList("SELECT v FROM (SELECT unnest(unknown_channels || unknown_categories) v FROM item_row) u", String.class))
                .as("unknown values are kept and reported").contains("抖音");
    }

    /** A county-style .xls: title and blank row above the header, dates in every form, a hidden list sheet, 合计. */
    private static void writeXls(Path file) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("主动公开目录");
            sheet.createRow(0).createCell(0).setCellValue("呼玛县财政局2018年政府信息主动公开目录");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Row header = sheet.createRow(2);
            String[] names = {"序号", "信息名称", "公开时间", "载体", "领域"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = sheet.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("2018年部门预算");
            r.createCell(2).setCellValue(java.sql.Date.valueOf(LocalDate.of(2018, 2, 1)));
            r.getCell(2).setCellStyle(dateStyle);
            r.createCell(3).setCellValue("政府网站");
            r.createCell(4).setCellValue("财政预决算");
            row(sheet, 4, "2018年政府采购目录", 43164, "网站、电子屏", "政府采购");
            row(sheet, 5, "国有资产处置公告", "2018.03.06", "", "国有产权");
            row(sheet, 6, "财政工作动态", 20180307, "门户网站", "");
            row(sheet, 7, "去年的决算", "2017-12-20", "网站", "");
            row(sheet, 8, "", "2018-03-08", "网站", "");
            row(sheet, 9, "预算执行情况", "2018-04-01 09:00", "网站", "");
            sheet.createRow(10);
            sheet.createRow(11).createCell(0).setCellValue(9);
            Row total = sheet.createRow(12);
            total.createCell(0).setCellValue("合计");
            total.createCell(1).setCellValue("7条");
            Sheet lists = workbook.createSheet("下拉选项");
            lists.createRow(0).createCell(0).setCellValue("政府网站");
            workbook.setSheetHidden(1, true);
            Files.createDirectories(file.getParent());
            try (OutputStream outStream = Files.newOutputStream(file)) {
                workbook.write(outStream);
            }
        }
    }

    private static void row(Sheet sheet, int index, String title, Object date, String channel, String category) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(index - 2);
        row.createCell(1).setCellValue(title);
        if (date instanceof Number number) {
            row.createCell(2).setCellValue(number.doubleValue());
        } else {
            row.createCell(2).setCellValue((String) date);
        }
        row.createCell(3).setCellValue(channel);
        row.createCell(4).setCellValue(category);
    }

    private static void writeRequests(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("登记");
            String[][] rows = {
                    {"申请编号", "收到日期", "申请人类型", "办理结果"},
                    {"2018-001", "2018-03-01", "自然人", "予以公开"},
                    {"2018-001", "2018-03-01", "自然人", "予以公开"},
                    {"2018-002", "2018-06-01", "法人或其他组织", "予以公开"},
                    {"2017-009", "2017-11-30", "自然人", "予以公开"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (OutputStream outStream = Files.newOutputStream(file)) {
                workbook.write(outStream);
            }
        }
    }
}
