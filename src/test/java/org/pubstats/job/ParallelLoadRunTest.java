package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The many small files read by four partitions at once, in small chunks so that chunks span files: the
 * same figures and accounting as one thread ({@link ManySmallFilesRun}), the same exported files whatever
 * order the rows got their ids in, and a refused value still rejects only its own file.
 */
@TestPropertySource(properties = {"pubstats.load-threads=4", "pubstats.chunk-size=16"})
class ParallelLoadRunTest extends ManySmallFilesRun {

    @AfterEach
    void dropForcedRefusal() {
        jdbc.execute("ALTER TABLE item_row DROP CONSTRAINT IF EXISTS test_refuses_title");
    }

    @Test
    void theFilesAreSharedOutAmongFourPartitions() throws Exception {
        assertThat(run(temp.resolve("out"))).isZero();

        List<Map<String, Object>> partitions = jdbc.queryForList("""
                SELECT s.step_name, s.status, s.write_count FROM batch_step_execution s
                 WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
                   AND s.step_name LIKE 'loadFiles:%'""");
        assertThat(partitions).hasSize(4).allSatisfy(p -> {
            assertThat(p.get("status")).isEqualTo("COMPLETED");
            assertThat(((Number) p.get("write_count")).longValue()).isPositive();
        });
        assertThat(jdbc.queryForObject("""
                SELECT status FROM batch_step_execution
                 WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution) AND step_name = 'load'""",
                String.class)).isEqualTo("COMPLETED");
    }

    @Test
    void theExportedFilesDoNotDependOnTheOrderRowsWereWrittenIn() throws Exception {
        Path first = temp.resolve("first");
        assertThat(run(first)).isZero();
        // Load everything again into an empty warehouse: new ids, interleaved differently.
        emptyWarehouseAgain();
        Path second = temp.resolve("second");
        assertThat(run(second)).isZero();

        List<String> csvFiles = csvFiles(first);
        assertThat(csvFiles).contains("county-summary-2018.csv", "files-2018.csv", "rejected-2018.csv", "review-2018.csv");
        assertThat(csvFiles(second)).isEqualTo(csvFiles);
        for (String name : csvFiles) {
            if (name.startsWith("review-")) {
                continue;
            }
            if (name.startsWith("items-")) {
                // 信息编号 is the item's id in the warehouse (to join v_items), which follows the load; the lines,
                // their order and every other column do not.
                assertThat(withoutFirstColumn(second.resolve(name))).as(name).isNotEmpty()
                        .isEqualTo(withoutFirstColumn(first.resolve(name)));
                continue;
            }
            assertThat(Files.readString(second.resolve(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(Files.readString(first.resolve(name), StandardCharsets.UTF_8));
        }
        // The same probable duplicates are listed; but which item of a pair published on the same day is
        // "a", and so the order of the lines, still follows item ids (the review pass streams items by
        // publish_date, item_id), so only the pairs themselves are compared here.
        assertThat(reviewPairs(second)).isNotEmpty().isEqualTo(reviewPairs(first));
    }

    private static List<List<String>> withoutFirstColumn(Path csvFile) throws Exception {
        try (com.opencsv.CSVReader csv = new com.opencsv.CSVReader(Files.newBufferedReader(csvFile, StandardCharsets.UTF_8))) {
            return csv.readAll().stream().map(line -> Arrays.asList(line).subList(1, line.length)).toList();
        }
    }

    /** Each line of review-2018.csv as its reason, similarity and its two sides, whichever came first. */
    private static Set<String> reviewPairs(Path out) throws IOException {
        Set<String> pairs = new HashSet<>();
        List<String> lines = Files.readAllLines(out.resolve("review-2018.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1); // 序号,原因,相似度, A's 7 columns, B's 7, 决定,备注
            String a = String.join(",", Arrays.copyOfRange(cells, 3, 10));
            String b = String.join(",", Arrays.copyOfRange(cells, 10, 17));
            pairs.add(cells[1] + "|" + cells[2] + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
        }
        assertThat(pairs).as("no pair listed twice").hasSize(lines.size() - 1);
        return pairs;
    }

    @Test
    void aRefusedValueRejectsOnlyItsOwnFile() throws Exception {
        jdbc.execute("ALTER TABLE item_row ADD CONSTRAINT test_refuses_title CHECK (title <> '第1707号事项的公告')");
        assertThat(run(temp.resolve("out"))).isZero();

        String refusedFile = "部门17/2018年目录.csv";
        Map<String, Object> refused = jdbc.queryForMap("SELECT * FROM v_files WHERE status = 'active' AND file = ?", refusedFile);
        assertThat(refused).containsEntry("kind", "rejected").containsEntry("rows_accepted", 0);
        assertThat((String) refused.get("message")).contains("第9行").contains("test_refuses_title");
        assertThat(jdbc.queryForList("SELECT file FROM v_files WHERE status = 'active' AND kind = 'rejected'", String.class))
                .containsExactly(refusedFile);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row r JOIN source_file f ON f.id = r.file_id WHERE f.rel_path = ?",
                Integer.class, refusedFile)).isZero();
        for (Map<String, Object> file : jdbc.queryForList("SELECT * FROM v_files WHERE status = 'active' AND file <> ?", refusedFile)) {
            assertThat(List.of(file.get("rows_accepted"), file.get("rows_rejected"), file.get("rows_skipped")))
                    .as("%s as made", file.get("file")).isEqualTo(accounting.get((String) file.get("file")));
        }
        // 部门17's own items are gone, but for its first, which 部门16 repeats.
        long lost = distinctItems.stream().filter(item -> item / 100 == 17 && item != 1700).count();
        assertThat(jdbc.queryForObject("SELECT distinct_items FROM county_figures WHERE year = 2018", Integer.class))
                .isEqualTo(distinctItems.size() - (int) lost);
    }

    private void emptyWarehouseAgain() {
        jdbc.execute("TRUNCATE item_member, item, item_row, request_row, rejected_row, source_file, county_figures, run CASCADE");
    }

    private static List<String> csvFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}
