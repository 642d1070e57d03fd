package org.pubstats.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: prints how long the run job takes on a generated inbox, and the heap it used.
 * {@code ./mvnw -Pbench verify} (sizes: {@code -Dbench.files=1000 -Dbench.rows=1000}).
 * About a fifth of the rows repeat another department's item, so deduplication has work to do.
 */
@Tag("bench")
class RunJobBenchmark extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void runJobOnAGeneratedInbox() throws Exception {
        int files = Integer.getInteger("bench.files", 200);
        int rows = Integer.getInteger("bench.rows", 500);
        Path inbox = temp.resolve("inbox");
        generate(inbox, files, rows);
        double copySeconds = plainCopy(inbox);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long start = System.nanoTime();
        int exit = runCommand.run(new RunOptions(inbox, 2018, temp.resolve("out")));
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = (long) files * rows;
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("%nBENCHMARK plain COPY of the same rows into one table: %.1f s%n", copySeconds);
        System.out.printf("BENCHMARK run job: %d files, %,d rows: %.1f s (%.1f× the plain COPY), %,.0f rows/s, exit %d, heap in use after %d MB (max %d MB)%n",
                files, total, seconds, seconds / copySeconds, total / seconds, exit, usedMb, runtime.maxMemory() / (1024 * 1024));
        long second = System.nanoTime();
        runCommand.run(new RunOptions(inbox, 2018, temp.resolve("out")));
        System.out.printf("BENCHMARK second run, nothing changed: %.1f s%n%n", (System.nanoTime() - second) / 1e9);
    }

    /** The yardstick: the same files loaded by PostgreSQL's COPY into a plain table, no reading rules at all. */
    private double plainCopy(Path inbox) throws Exception {
        jdbc.execute("DROP TABLE IF EXISTS bench_copy");
        jdbc.execute("CREATE UNLOGGED TABLE bench_copy (n text, title text, published text, channels text, category text, doc_no text, index_no text)");
        List<Path> csvFiles;
        try (Stream<Path> paths = Files.walk(inbox)) {
            csvFiles = paths.filter(Files::isRegularFile).sorted().toList();
        }
        long start = System.nanoTime();
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Path file : csvFiles) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)", in);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.execute("DROP TABLE bench_copy");
        return seconds;
    }

    private static final String[] PLACES = {"呼玛镇", "韩家园镇", "三卡乡", "金山乡", "北疆乡", "鸥浦乡", "白银纳乡", "兴华乡", "县城", "全县"};
    private static final String[] TOPICS = {"春季植树造林", "防汛抗旱", "森林防火", "耕地保护", "低保资金发放", "医疗救助",
            "义务教育招生", "道路养护", "安全生产检查", "财政预算执行", "政府采购", "扶贫项目", "食品安全抽检", "环境监测",
            "农机补贴", "危房改造", "就业培训", "养老保险", "征地补偿", "水利工程"};
    private static final String[] KINDS = {"的通知", "的公告", "工作方案", "情况通报", "实施意见", "结果公示", "进展情况"};

    /** Titles that look like a county's: alike in form, different in content (item number keeps them distinct). */
    private static String title(int item) {
        return "关于" + PLACES[item % PLACES.length] + TOPICS[(item / 10) % TOPICS.length] + "第" + (item / 200 + 1) + "批"
                + KINDS[(item / 7) % KINDS.length] + "（" + item + "）";
    }

    private static void generate(Path inbox, int files, int rows) throws IOException {
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2018, 1, 1);
        for (int f = 0; f < files; f++) {
            Path file = inbox.resolve(String.format("部门%04d/2018年目录.csv", f));
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("序号,信息标题,发布日期,公开渠道,信息类别,文号,索引号\n");
                for (int r = 0; r < rows; r++) {
                    boolean repeat = random.nextInt(5) == 0;
                    int item = repeat ? random.nextInt(files * rows) : f * rows + r;
                    out.write((r + 1) + "," + title(item) + "," + start.plusDays(item % 365) + ","
                            + (item % 3 == 0 ? "政府网站、微信" : "政府网站") + "," + (item % 7 == 0 ? "土地" : "") + ",,"
                            + (item % 2 == 0 ? "IDX-" + item : "") + "\n");
                }
            }
        }
    }
}
