package org.pubstats.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Tag;
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
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long start = System.nanoTime();
        int exit = runCommand.run(new RunOptions(inbox, 2018, temp.resolve("out")));
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = (long) files * rows;
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("%nBENCHMARK run job: %d files, %,d rows: %.1f s, %,.0f rows/s, exit %d, heap in use after %d MB (max %d MB)%n",
                files, total, seconds, total / seconds, exit, usedMb, runtime.maxMemory() / (1024 * 1024));
        long second = System.nanoTime();
        runCommand.run(new RunOptions(inbox, 2018, temp.resolve("out")));
        System.out.printf("BENCHMARK second run, nothing changed: %.1f s%n%n", (System.nanoTime() - second) / 1e9);
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
                    out.write((r + 1) + ",关于第" + item + "号事项的公告," + start.plusDays(item % 365) + ","
                            + (item % 3 == 0 ? "政府网站、微信" : "政府网站") + "," + (item % 7 == 0 ? "土地" : "") + ",,"
                            + (item % 2 == 0 ? "IDX-" + item : "") + "\n");
                }
            }
        }
    }
}
