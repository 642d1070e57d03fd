package org.pubstats.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.bench.BenchInbox;
import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;

/**
 * Issue 13: a region run whose process is killed (SIGKILL) in the middle of its counties is taken up by the next
 * run — the executions it left running marked failed, the region execution restarted — and gives the files of an
 * uninterrupted run.
 */
@Tag("postgres")
class ManagerKilledRegionTest {

    @TempDir
    Path temp;

    @Test
    void aKilledRegionRunIsFinishedByTheNextRun() throws Exception {
        Path inbox = temp.resolve("region");
        List<String> counties = BenchInbox.writeRegion(inbox, 6, 3, 40);

        LauncherScript.Result whole = LauncherScript.run(TestDatabase.freshDatabase(), temp.resolve("whole"),
                arguments(inbox, temp.resolve("out-whole")));
        assertThat(whole.exit()).as(whole.stderr()).isZero();

        TestDatabase.Database database = TestDatabase.freshDatabase();
        Path workDir = temp.resolve("killed");
        ProcessBuilder builder = LauncherScript.builder(database, workDir, arguments(inbox, temp.resolve("out-killed")));
        Path stdout = workDir.resolve("stdout.txt");
        builder.redirectOutput(stdout.toFile()).redirectError(workDir.resolve("stderr.txt").toFile());
        Process manager = builder.start();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!(Files.exists(stdout) && Files.readString(stdout, StandardCharsets.UTF_8).contains("步骤 load"))) {
            assertThat(manager.isAlive()).as("the run ended before its first county loaded").isTrue();
            assertThat(System.nanoTime()).as("no county loaded in 3 minutes").isLessThan(end);
            Thread.sleep(20);
        }
        manager.descendants().forEach(ProcessHandle::destroyForcibly);
        manager.destroyForcibly();
        manager.waitFor();
        assertThat(Files.exists(temp.resolve("out-killed").resolve("region-summary-2018.csv"))).isFalse();

        LauncherScript.Result rerun = LauncherScript.run(database, temp.resolve("rerun"),
                arguments(inbox, temp.resolve("out-killed")));
        assertThat(rerun.exit()).as(rerun.stderr()).isZero();
        assertThat(rerun.stdout()).contains("未正常结束").contains("接着完成上次未完成的地区运行");
        RemoteRegionTest.sameFiles(temp.resolve("out-killed"), temp.resolve("out-whole"), counties);
    }

    private static List<String> arguments(Path inbox, Path out) {
        return List.of("run", "--region", "--inbox", inbox.toString(), "--year", "2018", "--out", out.toString());
    }
}
