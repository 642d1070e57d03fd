package org.pubstats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;

/**
 * Not a test: issue 9's measurement, printed. Generates an inbox of {@code bench.files} department lists of
 * {@code bench.rows} rows ({@code bench.format} csv or xlsx, see {@link BenchInbox}), times a plain COPY of the
 * same rows into one table, then runs the real launcher ({@code ./pubstats run}) as a child process with its
 * default JVM options three times: on the new inbox, again with nothing changed, and after one file got more
 * rows. For each it takes the wall time, the steps' seconds from the log ("步骤 X 用时 N 秒") and the child's peak
 * RSS (VmHWM, polled every 100 ms from /proc; {@code exec java} keeps the script's pid).
 * <pre>
 * PUBSTATS_TEST_DATABASE_URL=… ./mvnw -o -q -Pbench verify -Dbench.files=1000 -Dbench.rows=1000 -Dbench.format=csv
 * </pre>
 * {@code -Dbench.classpath=…} runs another build's classes through the same launcher (a before/after comparison).
 */
@Tag("bench")
class RunJobBenchmark {

    private static final Pattern STEP = Pattern.compile("步骤 (\\S+) 用时 ([0-9.]+) 秒");
    private static final List<String> STEPS = List.of("plan", "load", "dedup", "review", "figures", "export");

    @TempDir
    Path temp;

    record Run(int exit, double seconds, long peakRssKb, Map<String, Double> steps, String stdout) {}

    @Test
    void runTheLauncherOnAGeneratedInbox() throws Exception {
        int files = Integer.getInteger("bench.files", 200);
        int rows = Integer.getInteger("bench.rows", 500);
        BenchInbox.Format format = BenchInbox.Format.valueOf(System.getProperty("bench.format", "csv").trim().toUpperCase(Locale.ROOT));
        BenchInbox generator = new BenchInbox(files, rows, format);
        Path inbox = temp.resolve("inbox");
        long generating = System.nanoTime();
        List<Path> csvFiles = generator.write(inbox, temp.resolve("copy"));
        System.out.printf("%nBENCHMARK inbox: %d files × %d rows (%s), generated in %.1f s%n", files, rows, format,
                (System.nanoTime() - generating) / 1e9);

        TestDatabase.Database database = TestDatabase.freshDatabase();
        double copySeconds = plainCopy(database, csvFiles);
        Run full = launch(database, inbox, "full");
        Run unchanged = launch(database, inbox, "unchanged");
        int changed = files / 2;
        int extra = Math.max(1, rows / 10);
        generator.append(inbox, changed, extra);
        Run oneChanged = launch(database, inbox, "one-changed");

        System.out.print(table(generator.totalRows(), copySeconds, full, unchanged, oneChanged,
                BenchInbox.department(changed) + " +" + extra + " rows"));
        assertThat(full.exit()).as(full.stdout()).isZero();
        assertThat(unchanged.exit()).as(unchanged.stdout()).isZero();
        assertThat(oneChanged.exit()).as(oneChanged.stdout()).isZero();
    }

    /** The yardstick: the same rows loaded by PostgreSQL's COPY into a plain table, no reading rules at all. */
    private static double plainCopy(TestDatabase.Database database, List<Path> csvFiles) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE bench_copy (department text, title text, published text, channels text, "
                    + "category text, doc_no text, index_no text, url text)");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            for (Path file : csvFiles) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)", in);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            st.execute("DROP TABLE bench_copy");
            return seconds;
        }
    }

    private Run launch(TestDatabase.Database database, Path inbox, String name) throws Exception {
        Path work = temp.resolve("run-" + name);
        ProcessBuilder builder = LauncherScript.builder(database, work,
                List.of("run", "--inbox", inbox.toString(), "--year", "2018", "--out", temp.resolve("out").toString()));
        String classpath = System.getProperty("bench.classpath", "");
        if (!classpath.isBlank()) {
            builder.environment().put("PUBSTATS_CLASSPATH", classpath);
        }
        Path stdout = work.resolve("stdout.txt");
        builder.redirectOutput(stdout.toFile()).redirectError(work.resolve("stderr.txt").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(stdout, StandardCharsets.UTF_8) + Files.readString(work.resolve("stderr.txt"));
        Map<String, Double> steps = new LinkedHashMap<>();
        Matcher m = STEP.matcher(out);
        while (m.find()) {
            steps.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        System.out.printf("BENCHMARK run %s: exit %d, %.1f s, peak RSS %d MB%n", name, process.exitValue(), seconds, peak / 1024);
        return new Run(process.exitValue(), seconds, peak, steps, out);
    }

    /** The process's peak resident set (VmHWM, kB); 0 once it is gone. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls
        }
        return 0;
    }

    static String table(long rows, double copySeconds, Run full, Run unchanged, Run oneChanged, String change) {
        StringBuilder t = new StringBuilder(String.format("%n%-9s %9s %12s %12s %12s%n", "step", "seconds", "rows/s",
                "no change", "one file"));
        for (String step : STEPS) {
            Double seconds = full.steps().get(step);
            t.append(String.format("%-9s %9s %12s %12s %12s%n", step, seconds == null ? "—" : String.format("%.1f", seconds),
                    seconds == null || seconds == 0 ? "—" : String.format("%,.0f", rows / seconds),
                    format(unchanged.steps().get(step)), format(oneChanged.steps().get(step))));
        }
        t.append(String.format("%-9s %9.1f %12s %12.1f %12.1f   (wall time of ./pubstats run, start to exit)%n", "total",
                full.seconds(), String.format("%,.0f", rows / full.seconds()), unchanged.seconds(), oneChanged.seconds()));
        t.append(String.format("plain COPY of the same %,d rows: %.1f s; the run takes %.1f× the COPY%n", rows, copySeconds,
                full.seconds() / copySeconds));
        t.append(String.format("peak RSS of the java process: %d MB (no change %d MB, one file %d MB)%n",
                full.peakRssKb() / 1024, unchanged.peakRssKb() / 1024, oneChanged.peakRssKb() / 1024));
        t.append(String.format("rerun with nothing changed: %.1f s = %.0f%% of the full run%n", unchanged.seconds(),
                100 * unchanged.seconds() / full.seconds()));
        t.append(String.format("rerun with one changed file (%s): %.1f s = %.0f%% of the full run%n", change,
                oneChanged.seconds(), 100 * oneChanged.seconds() / full.seconds()));
        return t.toString();
    }

    private static String format(Double seconds) {
        return seconds == null ? "—" : String.format("%.1f", seconds);
    }
}
