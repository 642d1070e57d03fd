package org.pubstats.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.bench.BenchInbox;
import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;

/**
 * Issue 13, remote partitions: a region inbox of 20 counties run with {@code --remote} by two
 * {@code ./pubstats worker} processes gives the same files as the same inbox run locally. Skipped when no RabbitMQ
 * answers (see {@link RemoteRegion}).
 */
@Tag("postgres")
@Tag("rabbitmq")
class RemoteRegionTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void rabbit() {
        Assumptions.assumeTrue(RemoteRegion.rabbitAnswers(),
                "no RabbitMQ at " + RemoteRegion.HOST + ":" + RemoteRegion.PORT + ": remote partitions not tested");
    }

    @Test
    void twoWorkersGiveWhatOneProcessGives() throws Exception {
        Path inbox = temp.resolve("region");
        List<String> counties = BenchInbox.writeRegion(inbox, 20, 3, 20);

        RemoteRegion remote = new RemoteRegion(TestDatabase.freshDatabase(), temp.resolve("remote"),
                "pubstats.test." + ProcessHandle.current().pid() + "." + System.nanoTime(), 600);
        try {
            RemoteRegion.Worker one = remote.worker();
            RemoteRegion.Worker two = remote.worker();
            LauncherScript.Result run = remote.manager("manager", inbox, temp.resolve("out-remote"));
            assertThat(run.exit()).as(run.stderr() + run.stdout()).isZero();
            assertThat(run.stdout()).contains("合计");
            assertThat(one.output()).as("worker 1 took counties").contains("开始分区");
            assertThat(two.output()).as("worker 2 took counties").contains("开始分区");
        } finally {
            remote.close();
        }

        LauncherScript.Result local = LauncherScript.run(TestDatabase.freshDatabase(), temp.resolve("local"),
                List.of("run", "--region", "--inbox", inbox.toString(), "--year", "2018", "--out",
                        temp.resolve("out-local").toString()));
        assertThat(local.exit()).as(local.stderr()).isZero();

        sameFiles(temp.resolve("out-remote"), temp.resolve("out-local"), counties);
    }

    /** The region summary and each county's summary, the same bytes. */
    static void sameFiles(Path actual, Path expected, List<String> counties) throws Exception {
        Map<String, List<String>> rows = RegionRunTest.summary(actual.resolve("region-summary-2018.csv"));
        assertThat(rows.keySet()).containsExactlyElementsOf(RegionRunTest.withTotal(counties));
        assertThat(Files.readString(actual.resolve("region-summary-2018.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(expected.resolve("region-summary-2018.csv"), StandardCharsets.UTF_8));
        for (String county : counties) {
            assertThat(Files.readString(actual.resolve(county).resolve("county-summary-2018.csv"), StandardCharsets.UTF_8))
                    .as(county)
                    .isEqualTo(Files.readString(expected.resolve(county).resolve("county-summary-2018.csv"),
                            StandardCharsets.UTF_8));
        }
    }
}
