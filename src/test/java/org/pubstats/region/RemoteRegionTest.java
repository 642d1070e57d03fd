package org.pubstats.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * Issue 13, remote partitions, with the real launcher's processes: a region inbox of 20 counties run with
 * {@code --remote} by two {@code ./pubstats worker} processes gives the files the same inbox gives run locally;
 * a worker killed (SIGKILL) in the middle of its county leaves that partition failed, the manager ends at its
 * timeout with a message, and the next run re-runs only that county and gives the same files again. Skipped when
 * no RabbitMQ answers (see {@link RemoteRegion}).
 */
@Tag("rabbitmq") // not "postgres": .ci/run's PostgreSQL pass would run it twice
class RemoteRegionTest {

    static final int COUNTIES = 20;

    @TempDir
    Path temp;

    @BeforeAll
    static void rabbit() {
        Assumptions.assumeTrue(RemoteRegion.rabbitAnswers(),
                "no RabbitMQ at " + RemoteRegion.HOST + ":" + RemoteRegion.PORT + ": remote partitions not tested");
    }

    private static String queue() {
        return "pubstats.test." + ProcessHandle.current().pid() + "." + System.nanoTime();
    }

    @Test
    void twoWorkersGiveWhatOneProcessGivesAndAKilledWorkerIsMadeGoodByTheRerun() throws Exception {
        Path inbox = temp.resolve("region");
        List<String> counties = BenchInbox.writeRegion(inbox, COUNTIES, 2, 10);

        LauncherScript.Result local = LauncherScript.run(TestDatabase.freshDatabase(), temp.resolve("local"),
                List.of("run", "--region", "--inbox", inbox.toString(), "--year", "2018", "--out",
                        temp.resolve("out-local").toString()));
        assertThat(local.exit()).as(local.stderr()).isZero();

        // Two workers, one manager.
        RemoteRegion remote = new RemoteRegion(TestDatabase.freshDatabase(), temp.resolve("remote"), queue(), 600);
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
        sameFiles(temp.resolve("out-remote"), temp.resolve("out-local"), counties);

        // A worker killed in the middle of its county.
        TestDatabase.Database database = TestDatabase.freshDatabase();
        RemoteRegion faulty = new RemoteRegion(database, temp.resolve("faulty"), queue(), 150);
        try {
            Process manager = faulty.startManager("manager-1", inbox, temp.resolve("out-faulty"));
            RemoteRegion.Worker doomed = faulty.worker();
            long partition = doomed.awaitPartition(120);
            Thread.sleep(300);
            doomed.kill();
            faulty.worker();
            faulty.worker();
            LauncherScript.Result first = faulty.finish("manager-1", manager);
            assertThat(first.exit()).as(first.stdout()).isEqualTo(1);
            assertThat(first.stderr()).contains("没有 pubstats worker 完成").contains("再次运行");
            assertThat(status(database, partition)).isEqualTo("FAILED");
            int failed = failedCounties(database);
            assertThat(failed).as("the killed worker's county, and any the others did not reach in time")
                    .isBetween(1, COUNTIES - 1);

            LauncherScript.Result second = faulty.manager("manager-2", inbox, temp.resolve("out-faulty"));
            assertThat(second.exit()).as(second.stderr() + second.stdout()).isZero();
            assertThat(second.stdout()).contains("接着完成上次未完成的地区运行");
            assertThat(countiesOfLastRegionExecution(database)).as("only the failed counties ran again").isEqualTo(failed);
        } finally {
            faulty.close();
        }
        sameFiles(temp.resolve("out-faulty"), temp.resolve("out-local"), counties);
    }

    private static String status(TestDatabase.Database database, long stepExecutionId) throws Exception {
        return query(database, "SELECT status FROM batch_step_execution WHERE step_execution_id = " + stepExecutionId);
    }

    private static int failedCounties(TestDatabase.Database database) throws Exception {
        return Integer.parseInt(query(database, """
                SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'county:%' AND status = 'FAILED'"""));
    }

    private static int countiesOfLastRegionExecution(TestDatabase.Database database) throws Exception {
        return Integer.parseInt(query(database, """
                SELECT count(*) FROM batch_step_execution
                 WHERE step_name LIKE 'county:%' AND job_execution_id = (
                       SELECT max(e.job_execution_id) FROM batch_job_execution e
                         JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                        WHERE i.job_name = 'region')"""));
    }

    private static String query(TestDatabase.Database database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
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
