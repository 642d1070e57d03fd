package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** design.md §9: the committed sample inbox reproduces the seed report's county row of 呼玛县 2018. */
class SampleDataRunTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path out;

    @Test
    void theSampleInboxGivesTheSeedRow() throws Exception {
        assertThat(runCommand.run(new RunOptions(Path.of("sample-data/huma-2018").toAbsolutePath(), 2018, out))).isZero();

        List<String> lines = Files.readAllLines(out.resolve("county-summary-2018.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(1)).isEqualTo("数量,4419,1830,17,1002,170,2,5");
        Map<String, Object> totals = jdbc.queryForMap("SELECT * FROM v_county_summary WHERE 年度 = 2018");
        assertThat(totals).containsEntry("政策解读", 17);
        assertThat(totals.get("解读率_百分比")).hasToString("100.0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_pair", Integer.class))
                .as("the one-character look-alikes are listed for review").isPositive();
        assertThat(Files.readAllLines(out.resolve("review-2018.csv"), StandardCharsets.UTF_8)).hasSizeGreaterThan(1);
        List<String[]> items;
        try (com.opencsv.CSVReader csv = new com.opencsv.CSVReader(
                Files.newBufferedReader(out.resolve("items-2018.csv"), StandardCharsets.UTF_8))) {
            items = csv.readAll();
        }
        assertThat(items).as("items-2018.csv: a header and one line per distinct item").hasSize(1 + 4569);
        assertThat(items.stream().skip(1).filter(line -> line[4].equals("是")).count())
                .as("政府网站 flagged as often as the county row counts it").isEqualTo(4419);
        assertThat(items.stream().skip(1).filter(line -> line[8].equals("是")).count()).as("重点领域").isEqualTo(170);
    }
}
