package org.pubstats.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.bench.BenchInbox;
import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.report.RegionReport;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: a region inbox of 20 counties, run with {@code --region} (local partitions), gives for each county the
 * row a county run of its folder gives, and a 合计 row of their sums; each county's usual files are in its folder.
 */
class RegionRunTest extends WarehouseTest {

    static final int COUNTIES = 20;

    @Autowired
    RunCommand runCommand;

    @Autowired
    CountyFiguresRepository figures;

    @TempDir
    Path temp;

    @Test
    void eachCountyAsItsOwnCountyRunAndTheSum() throws Exception {
        Path inbox = temp.resolve("region");
        List<String> counties = BenchInbox.writeRegion(inbox, COUNTIES, 3, 12);
        Path out = temp.resolve("out");

        assertThat(runCommand.run(RunOptions.region(inbox, 2018, out, false))).isZero();

        Map<String, List<String>> region = summary(out.resolve("region-summary-2018.csv"));
        Map<String, List<String>> expected = countyRuns(inbox, counties);
        assertThat(region.keySet()).containsExactlyElementsOf(withTotal(counties));
        for (String county : counties) {
            assertThat(region.get(county)).as(county).isEqualTo(expected.get(county));
            assertThat(out.resolve(county).resolve("county-summary-2018.csv")).exists();
        }
        assertThat(region.get(RegionReport.TOTAL)).isEqualTo(sums(expected.values()));
        assertThat(workbookSummary(out.resolve("region-report-2018.xlsx"))).isEqualTo(region);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM v_region_summary WHERE 年度 = 2018", Integer.class))
                .isEqualTo(COUNTIES);
        // The county warehouses keep their rows apart: the database's own schema holds no row of the region run.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM county_1.item_row", Long.class)).isPositive();
    }

    /** Each folder as an ordinary county run on an empty warehouse: its county row. */
    Map<String, List<String>> countyRuns(Path inbox, List<String> counties) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String county : counties) {
            emptyOwnWarehouse();
            assertThat(runCommand.run(new RunOptions(inbox.resolve(county), 2018, temp.resolve("county-out")))).isZero();
            CountyFigures row = figures.find(2018).orElseThrow();
            List<String> values = new ArrayList<>();
            for (int value : row.reportRow()) {
                values.add(Integer.toString(value));
            }
            rows.put(county, values);
        }
        return rows;
    }

    void emptyOwnWarehouse() {
        jdbc.execute("TRUNCATE item_member, item, item_row, request_row, rejected_row, source_file, county_figures, run CASCADE");
    }

    static List<String> withTotal(List<String> counties) {
        List<String> keys = new ArrayList<>(counties);
        keys.add(RegionReport.TOTAL);
        return keys;
    }

    static List<String> sums(Iterable<List<String>> rows) {
        long[] total = new long[7];
        for (List<String> row : rows) {
            for (int i = 0; i < total.length; i++) {
                total[i] += Long.parseLong(row.get(i));
            }
        }
        List<String> values = new ArrayList<>();
        for (long value : total) {
            values.add(Long.toString(value));
        }
        return values;
    }

    /** The 全区汇总 sheet of region-report-YYYY.xlsx: county → its seven numbers, in sheet order (title, header, rows). */
    static Map<String, List<String>> workbookSummary(Path xlsx) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("全区汇总");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("县（市、区）");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= 7; c++) {
                    values.add(formatter.formatCellValue(sheet.getRow(r).getCell(c)));
                }
                rows.put(formatter.formatCellValue(sheet.getRow(r).getCell(0)), values);
            }
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + COUNTIES);
        }
        return rows;
    }

    /** region-summary-YYYY.csv: county → its seven numbers, in file order; checks the BOM and the header. */
    static Map<String, List<String>> summary(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF县（市、区）,政府网站,通过其他方式公开,规范性文件,试点领域,重点领域,在线调查,依申请公开\r\n");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> lines = text.substring(1).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split(","));
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }
}
