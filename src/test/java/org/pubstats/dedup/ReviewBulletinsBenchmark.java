package org.pubstats.dedup;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: the review pass's worst case, one department listing 1,000 numbered bulletins on one
 * date ("呼玛县2018年第N期政务信息简报"), titles that differ only in their number. Prints the review
 * step's seconds, the pairs listed and the peak heap of the run.
 * {@code ./mvnw -Pbench verify -Dtest=ReviewBulletinsBenchmark} (count: {@code -Dbench.bulletins=1000}).
 */
@Tag("bench")
class ReviewBulletinsBenchmark extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void oneDepartmentsNumberedBulletinsOnOneDate() throws Exception {
        int bulletins = Integer.getInteger("bench.bulletins", 1000);
        Path inbox = temp.resolve("inbox");
        write(inbox.resolve("呼玛县人民政府办公室/2018年信息公开目录.csv"), bulletins);
        System.gc();
        HeapSamples heap = HeapSamples.start();
        int exit = runCommand.run(new RunOptions(inbox, 2018, temp.resolve("out")));
        heap.stop();
        Map<String, Object> review = jdbc.queryForMap("""
                SELECT start_time, end_time, extract(epoch FROM end_time - start_time) AS seconds FROM batch_step_execution
                 WHERE step_name = 'review' ORDER BY step_execution_id DESC LIMIT 1""");
        double reviewSeconds = ((Number) review.get("seconds")).doubleValue();
        long reviewPeakMb = heap.peak(millis(review.get("start_time")), millis(review.get("end_time"))) / (1024 * 1024);
        long peakMb = heap.peak(Long.MIN_VALUE, Long.MAX_VALUE) / (1024 * 1024);
        Integer pairs = jdbc.queryForObject("SELECT count(*) FROM review_pair", Integer.class);
        Integer mostPerItem = jdbc.queryForObject("""
                SELECT coalesce(max(n), 0) FROM (SELECT item, count(*) AS n FROM (
                    SELECT item_a AS item FROM review_pair UNION ALL SELECT item_b FROM review_pair) sides GROUP BY item) per_item""",
                Integer.class);
        System.out.printf("%nBENCHMARK %d numbered bulletins on one date: review %.1f s, %,d pairs (at most %d per item), "
                + "peak heap during review %d MB, during the run %d MB (max %d MB), exit %d%n%n", bulletins, reviewSeconds,
                pairs, mostPerItem, reviewPeakMb, peakMb, Runtime.getRuntime().maxMemory() / (1024 * 1024), exit);
    }

    private static void write(Path file, int bulletins) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("序号,信息标题,发布日期,公开渠道\n");
            for (int n = 1; n <= bulletins; n++) {
                out.write(n + ",呼玛县2018年第" + n + "期政务信息简报,2018-06-01,政府网站\n");
            }
        }
    }

    private static long millis(Object timestamp) {
        return ((Timestamp) timestamp).getTime();
    }

    /** The heap in use while the run goes, sampled every 10 ms. */
    private static final class HeapSamples {

        private final List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler;

        private HeapSamples() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running.get()) {
                    samples.add(new long[] {System.currentTimeMillis(), memory.getHeapMemoryUsage().getUsed()});
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-samples");
            sampler.setDaemon(true);
        }

        static HeapSamples start() {
            HeapSamples samples = new HeapSamples();
            samples.sampler.start();
            return samples;
        }

        void stop() throws InterruptedException {
            running.set(false);
            sampler.join();
        }

        long peak(long from, long to) {
            synchronized (samples) {
                return samples.stream().filter(s -> s[0] >= from && s[0] <= to).mapToLong(s -> s[1]).max().orElse(0);
            }
        }
    }
}
