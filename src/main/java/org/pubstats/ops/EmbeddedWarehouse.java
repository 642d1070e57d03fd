package org.pubstats.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The embedded default database: PostgreSQL 17 from zonky's binary bundle, with its data in
 * {@code <home>/pgdata} so the warehouse persists between runs.
 *
 * <p>We start the server ourselves rather than through zonky's {@code EmbeddedPostgres} because
 * PostgreSQL refuses to run as root, and CI machines and containers run as root: there the server
 * runs inside a user namespace in which we are an ordinary user (files stay ours outside), or, where
 * user namespaces are not allowed, as {@code nobody}.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    public static final int DEFAULT_PORT = 54329;
    private static final String BUNDLE = "postgres-linux-x86_64.txz";
    private static final String BUNDLE_VERSION = "17.6.0";

    private final Path home;
    private final Path binaries;
    private final Path data;
    private final List<String> asUnprivileged;
    private final int preferredPort;
    private int port;
    private boolean started;

    private EmbeddedWarehouse(Path home, int preferredPort) {
        this.home = home;
        this.binaries = home.resolve("postgres-" + BUNDLE_VERSION);
        this.data = home.resolve("pgdata");
        this.asUnprivileged = PrivilegeDrop.prefix();
        this.preferredPort = preferredPort;
    }

    /** Starts the server (initialising the data folder on first use) on a free port near the default. */
    public static EmbeddedWarehouse start(Path home, int preferredPort) {
        EmbeddedWarehouse warehouse = new EmbeddedWarehouse(home.toAbsolutePath().normalize(), preferredPort);
        warehouse.boot();
        return warehouse;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return data;
    }

    public String psqlHint(String database) {
        return "psql -h 127.0.0.1 -p " + port + " -U postgres " + database;
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            var rs = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!rs.next()) {
                c.createStatement().execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    private void boot() {
        try {
            Files.createDirectories(home);
            extractBinaries();
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Files.createDirectories(data);
                PrivilegeDrop.handOver(data);
                run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-E", "UTF-8", "--locale=C", "-D", data.toString()));
            }
            PrivilegeDrop.handOver(data);
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stopLeftover();
            }
            port = freePort(preferredPort); // after the leftover server has freed its port
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-l", home.resolve("postgres.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=on", "start"));
            started = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * A pubstats that was killed leaves its server running. We hold the home lock, so no other
     * pubstats uses it: stop it. (A stale pid file with no server behind it PostgreSQL handles itself.)
     */
    private void stopLeftover() {
        try {
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            System.out.println("上次运行留下的内置数据库已停止。");
        } catch (IOException e) {
            // nothing was running: the pid file is stale
        }
    }

    @Override
    public void close() {
        if (!started) {
            return;
        }
        started = false;
        try {
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        } catch (IOException | RuntimeException e) {
            System.err.println("pubstats: 内置数据库未能正常停止：" + e.getMessage());
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>(asUnprivileged);
        full.addAll(command);
        Path log = home.resolve("postgres-control.log");
        Process process = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            int rc = process.waitFor();
            if (rc != 0) {
                throw new IOException(String.join(" ", command.subList(0, 1)) + " failed (exit " + rc + "), see " + log
                        + " and " + home.resolve("postgres.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void extractBinaries() throws IOException {
        Path complete = binaries.resolve(".complete");
        if (Files.exists(complete)) {
            return;
        }
        Path staging = Files.createTempDirectory(home, "postgres-unpack");
        try (InputStream bundle = EmbeddedWarehouse.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (bundle == null) {
                throw new IOException("the PostgreSQL binaries (" + BUNDLE + ") are not on the class path");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(bundle))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                    }
                }
            }
        }
        Files.writeString(staging.resolve(".complete"), BUNDLE_VERSION);
        if (Files.exists(binaries)) {
            deleteTree(binaries);
        }
        Files.move(staging, binaries);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            set.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return set;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int freePort(int preferred) {
        for (int candidate = preferred; candidate < preferred + 20; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, java.net.InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException busy) {
                // try the next one
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
