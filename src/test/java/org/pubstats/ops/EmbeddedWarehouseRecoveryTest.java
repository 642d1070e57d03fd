package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A home always comes back: a start killed (kill -9, with its initdb/pg_ctl/postgres children) at
 * any moment is followed by a start that works and leaves no stray server; a half-made pgdata of an
 * older version is set aside; two homes starting at once on one port give one server and one clear error.
 */
class EmbeddedWarehouseRecoveryTest {

    @TempDir
    static Path parent;
    static Path sharedBinaries;

    @BeforeAll
    static void reachableByTheServerUser() throws IOException {
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx--x--x"));
        // Unpacking takes seconds: homes share one copy of the binaries unless a test is about unpacking.
        sharedBinaries = PostgresBinaries.extract(Files.createDirectories(parent.resolve("shared")));
    }

    /** A new home whose binaries are already unpacked. */
    private static Path home(String name) throws IOException {
        Path home = parent.resolve(name);
        Files.createDirectories(home);
        Files.createSymbolicLink(home.resolve(sharedBinaries.getFileName()), sharedBinaries);
        return home;
    }

    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"while-unpacking", "200ms-into-initdb", "1500ms-into-initdb", "randomly-into-initdb",
            "at-the-rename", "once-started"})
    void aStartKilledAtAnyMomentIsFollowedByOneThatWorks(String when) throws Exception {
        Path home = when.equals("while-unpacking") ? parent.resolve("killed-" + when) : home("killed-" + when);
        Path output = parent.resolve("child-" + when + ".log");
        Process child = startInChildJvm(home, 55630, output);
        long started = System.nanoTime();
        switch (when) {
            case "while-unpacking" -> {
                await(() -> list(home).stream().anyMatch(n -> n.startsWith("postgres-unpack")), child, output);
                Thread.sleep(300);
            }
            case "200ms-into-initdb" -> { awaitInitdb(home, child, output); Thread.sleep(200); }
            case "1500ms-into-initdb" -> { awaitInitdb(home, child, output); Thread.sleep(1500); }
            case "randomly-into-initdb" -> { awaitInitdb(home, child, output); Thread.sleep(ThreadLocalRandom.current().nextLong(3000)); }
            case "at-the-rename" -> await(() -> Files.exists(home.resolve("pgdata")), child, output);
            case "once-started" -> await(() -> read(output).contains("STARTED"), child, output);
            default -> throw new IllegalArgumentException(when);
        }
        killTree(child);
        System.out.printf("killed %s after %d ms; home holds %s%n", when,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), list(home));

        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(home, 55630)) {
            long pid = Long.parseLong(Files.readAllLines(warehouse.dataDirectory().resolve("postmaster.pid")).get(0).strip());
            assertThat(postmastersOf(warehouse.dataDirectory())).as("only the server we just started").containsExactly(pid);
            try (Connection c = DriverManager.getConnection(warehouse.jdbcUrl("postgres"), "postgres", warehouse.password());
                 Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("SELECT 1");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                st.execute("CREATE DATABASE after_kill");
            }
            warehouse.ensureDatabase("pubstats");
            try (Connection c = DriverManager.getConnection(warehouse.jdbcUrl("after_kill"), "postgres", warehouse.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
        awaitGone(home);
        assertThat(list(home)).noneMatch(name -> name.startsWith("pgdata-init-") || name.startsWith("postgres-unpack")
                || name.startsWith("pgdata.incomplete"));
    }

    @Test
    void aHalfMadePgdataFromAnOlderVersionIsSetAsideAndMadeAgain() throws Exception {
        Path home = home("half-made");
        Path half = home.resolve("pgdata");
        Files.createDirectories(half.resolve("base"));
        Files.writeString(half.resolve("PG_VERSION"), "17\n");
        Files.writeString(half.resolve("postgresql.conf"), "# initdb was killed here\n");
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(home, 55650);
             Connection c = DriverManager.getConnection(warehouse.jdbcUrl("postgres"), "postgres", warehouse.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
        List<String> aside = list(home).stream().filter(n -> n.startsWith("pgdata.incomplete-")).toList();
        assertThat(aside).hasSize(1);
        assertThat(home.resolve(aside.get(0)).resolve("postgresql.conf")).hasContent("# initdb was killed here");
        awaitGone(home);
    }

    @Test
    void aFailedStartLeavesNoServerRunning() throws Exception {
        Path home = home("failing");
        EmbeddedWarehouse.start(home, 55655).close();
        Path conf = home.resolve("pgdata/postgresql.conf");
        String good = Files.readString(conf);
        Files.writeString(conf, good + "\nshared_buffers = 'plenty'\n");
        assertThatThrownBy(() -> EmbeddedWarehouse.start(home, 55655))
                .hasMessageContaining("pg_ctl failed").hasMessageContaining("postgres.log");
        assertThat(postmastersOf(home.resolve("pgdata"))).isEmpty();
        Files.writeString(conf, good);
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(home, 55655);
             Connection c = DriverManager.getConnection(warehouse.jdbcUrl("postgres"), "postgres", warehouse.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
        awaitGone(home);
    }

    @Test
    void twoHomesStartedAtOnceOnOnePortGiveOneServerAndOneClearError() throws Exception {
        Path first = home("together-1");
        Path second = home("together-2");
        for (int round = 1; round <= 2; round++) { // first round initialises both, the second only starts them
            List<Object> both = startTogether(first, second);
            List<EmbeddedWarehouse> started = both.stream().filter(EmbeddedWarehouse.class::isInstance)
                    .map(EmbeddedWarehouse.class::cast).toList();
            try {
                assertThat(started).as("round " + round).hasSize(1);
                assertThat(both).filteredOn(Throwable.class::isInstance).singleElement()
                        .satisfies(e -> assertThat(rootMessage((Throwable) e)).contains("端口 55640 已被其他程序占用")
                                .contains("PUBSTATS_DB_PORT"));
                try (Connection c = DriverManager.getConnection(started.get(0).jdbcUrl("postgres"), "postgres",
                        started.get(0).password())) {
                    assertThat(c.isValid(5)).isTrue();
                }
            } finally {
                started.forEach(EmbeddedWarehouse::close);
            }
            awaitGone(first);
            awaitGone(second);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Each home's server, or what its start threw. */
    private static List<Object> startTogether(Path... homes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(homes.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<EmbeddedWarehouse>> futures = new ArrayList<>();
            for (Path home : homes) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return EmbeddedWarehouse.start(home, 55640);
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<EmbeddedWarehouse> future : futures) {
                try {
                    results.add(future.get(180, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    results.add(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Process startInChildJvm(Path home, int port, Path output) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, StartWarehouseInChild.class.getName(), home.toString(), Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /** initdb has begun writing the new cluster. */
    private static void awaitInitdb(Path home, Process child, Path output) throws Exception {
        await(() -> list(home).stream().anyMatch(n -> n.startsWith("pgdata-init-")
                && Files.exists(home.resolve(n).resolve("pgdata"))), child, output);
    }

    private static void await(BooleanSupplier condition, Process child, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new AssertionError("the child ended first (exit " + child.exitValue() + "): " + read(output));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; child said: " + read(output));
            }
            Thread.sleep(10);
        }
    }

    /** kill -9 of the JVM and of everything it started (initdb, pg_ctl, postgres). */
    private static void killTree(Process child) throws Exception {
        List<ProcessHandle> tree = child.descendants().toList();
        child.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        child.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle p : tree) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * The servers running on this data folder: processes whose command line names it, less their
     * children (a postmaster's child keeps its command line for a moment before renaming itself).
     */
    static List<Long> postmastersOf(Path data) {
        List<Long> naming = processesNaming(data.toString());
        return naming.stream().filter(pid -> ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                .map(parent -> !naming.contains(parent.pid())).orElse(true)).toList();
    }

    static List<Long> processesNaming(String text) {
        List<Long> found = new ArrayList<>();
        File[] entries = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
        for (File entry : entries == null ? new File[0] : entries) {
            try {
                String cmdline = new String(Files.readAllBytes(entry.toPath().resolve("cmdline")), StandardCharsets.UTF_8)
                        .replace('\0', ' ');
                if (cmdline.contains(text)) {
                    found.add(Long.parseLong(entry.getName()));
                }
            } catch (IOException | RuntimeException e) {
                // gone meanwhile
            }
        }
        return found;
    }

    /** No process runs on the home any more (a stopped server's children may take a moment). */
    private static void awaitGone(Path home) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!processesNaming(home.toString()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(processesNaming(home.toString())).as("processes still running on " + home).isEmpty();
    }

    private static List<String> list(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
