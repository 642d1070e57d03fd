package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
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
 * The feedback workbooks of many departments, written in parallel from one stream of every department's lines:
 * each holds exactly its own department's rejected rows and unknown values, and a second export into the same
 * folder leaves the workbooks whose content did not change as they are.
 */
class FeedbackExportTest extends WarehouseTest {

    private static final int DEPARTMENTS = 40;
    private static final List<String> HEADER = List.of("信息标题", "发布日期", "公开渠道");

    @Autowired
    RunCommand runCommand;

    @Autowired
    YearEndReport report;

    @TempDir
    Path temp;

    @Test
    void everyDepartmentGetsItsOwnLinesAndUnchangedOnesAreNotWrittenAgain() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        for (int d = 0; d < DEPARTMENTS; d++) {
            List<List<String>> rows = new ArrayList<>(List.of(HEADER));
            rows.add(List.of("部门" + d + "的信息", "2018-03-0" + (1 + d % 9), "政府网站"));
            for (int r = 0; r <= d % 3; r++) {
                rows.add(List.of("部门" + d + "的坏日期" + r, "2018年13月" + (r + 1) + "日", "政府网站"));
            }
            rows.add(List.of("部门" + d + "的新渠道", "2018-04-01", "渠道" + d));
            inbox.csv(String.format("单位%02d/目录.csv", d), rows);
        }
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("run-out")))).isZero();
        Path out = temp.resolve("out");

        List<Path> files = report.write(2018, out);

        for (int d = 0; d < DEPARTMENTS; d++) {
            String prefix = "部门" + d + "的坏日期";
            Path feedback = out.resolve(String.format("feedback/单位%02d-2018.xlsx", d));
            assertThat(files).contains(feedback);
            try (XSSFWorkbook workbook = open(feedback)) {
                List<String> rejected = column(workbook.getSheet(FeedbackWorkbook.REJECTED), 3);
                assertThat(rejected).as("单位%02d", d).hasSize(d % 3 + 1)
                        .allMatch(raw -> raw.startsWith(prefix));
                assertThat(column(workbook.getSheet(FeedbackWorkbook.UNKNOWN), 1)).containsExactly("渠道" + d);
            }
        }

        Map<Path, FileTime> written = modified(out.resolve("feedback"));
        report.write(2018, out);
        assertThat(modified(out.resolve("feedback"))).as("nothing changed: no workbook written again").isEqualTo(written);

        Files.delete(out.resolve("feedback/单位07-2018.xlsx"));
        jdbc.update("UPDATE rejected_row SET message = message || '（已核对）' WHERE raw_cells[1] = '部门3的坏日期0'");
        report.write(2018, out);
        Map<Path, FileTime> after = modified(out.resolve("feedback"));
        assertThat(after.keySet()).isEqualTo(written.keySet());
        for (Path file : after.keySet()) {
            boolean rewritten = file.endsWith("单位07-2018.xlsx") || file.endsWith("单位03-2018.xlsx");
            assertThat(after.get(file).equals(written.get(file))).as("%s kept", file).isEqualTo(!rewritten);
        }
    }

    /** The data rows (below the title and header) of a column, up to the first empty row. */
    private static List<String> column(XSSFSheet sheet, int col) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int r = 2; sheet.getRow(r) != null && sheet.getRow(r).getCell(col) != null; r++) {
            Row row = sheet.getRow(r);
            values.add(format.formatCellValue(row.getCell(col)));
        }
        return values;
    }

    private static Map<Path, FileTime> modified(Path folder) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
