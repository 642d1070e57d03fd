package org.pubstats.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Where the warehouse lives: the server named by {@code SPRING_DATASOURCE_URL} (Spring reads it
 * itself), or else the embedded PostgreSQL in {@code $PUBSTATS_HOME} (default {@code ./.pubstats}).
 * The embedded server is shared: {@code db}, {@code run} and {@code report} started at the same time use one
 * server (two runs at once are still refused, by {@link RunCommand}'s lock). The first starts it, on
 * {@code PUBSTATS_DB_PORT} (default 54329; a taken port is an error); each holds a shared lock on
 * {@code <home>/users.lock} while it uses it; the last to leave stops it. Starting and stopping happen under
 * {@code <home>/pubstats.lock}, so that no one joins a server that is being stopped. Everything pubstats writes
 * into the home is private (0600); the superuser's password is in {@code <home>/postgres-password}.
 */
final class WarehouseDatabase implements AutoCloseable {

    static final String DATABASE = "pubstats";
    /** How long a process waits for another one starting or stopping the server. */
    private static final long HOME_LOCK_WAIT_MS = 180_000;

    private final EmbeddedWarehouse embedded;
    private final Path homeDir;
    private final FileChannel usersChannel;
    private FileLock usersLock;

    private WarehouseDatabase(EmbeddedWarehouse embedded, Path homeDir, FileChannel usersChannel, FileLock usersLock) {
        this.embedded = embedded;
        this.homeDir = homeDir;
        this.usersChannel = usersChannel;
        this.usersLock = usersLock;
        if (embedded != null) {
            // Ctrl+C (or a kill) must not leave a server nobody uses running.
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "pubstats-db-stop"));
        }
    }

    static boolean externalConfigured() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return (url != null && !url.isBlank()) || System.getProperty("spring.datasource.url") != null;
    }

    static WarehouseDatabase open() throws BusyException {
        if (externalConfigured()) {
            System.out.println("数据库：" + (System.getenv("SPRING_DATASOURCE_URL") != null
                    ? System.getenv("SPRING_DATASOURCE_URL") : System.getProperty("spring.datasource.url")));
            return new WarehouseDatabase(null, null, null, null);
        }
        return openEmbedded(home(), port(), listen());
    }

    static int port() throws BusyException {
        String port = System.getenv("PUBSTATS_DB_PORT");
        if (port == null || port.isBlank()) {
            return EmbeddedWarehouse.DEFAULT_PORT;
        }
        try {
            int value = Integer.parseInt(port.strip());
            if (value > 0 && value < 65536) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new BusyException("PUBSTATS_DB_PORT 应是 1 到 65535 之间的端口号：" + port);
    }

    static String listen() {
        String listen = System.getenv("PUBSTATS_DB_LISTEN");
        return listen == null || listen.isBlank() ? EmbeddedWarehouse.LOOPBACK : listen.strip();
    }

    static WarehouseDatabase openEmbedded(Path home, int port) throws BusyException {
        return openEmbedded(home, port, EmbeddedWarehouse.LOOPBACK);
    }

    /** The embedded database of this home: joins the running server, or starts it on the port. */
    static WarehouseDatabase openEmbedded(Path home, int port, String listen) throws BusyException {
        try {
            EmbeddedWarehouse.prepareHome(home); // private before anything is written into it
            try (HomeLock ignored = HomeLock.acquire(home, HOME_LOCK_WAIT_MS)) {
                EmbeddedWarehouse warehouse = EmbeddedWarehouse.startOrAttach(home, port, listen);
                FileChannel users = null;
                try {
                    warehouse.ensureDatabase(DATABASE);
                    warehouse.ensureAnalyst(DATABASE);
                    Path usersFile = home.resolve("users.lock");
                    WarehouseHome.privateFile(usersFile);
                    users = FileChannel.open(usersFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock shared = users.lock(0, Long.MAX_VALUE, true);
                    System.out.println("数据库：内置 PostgreSQL 17，数据保存在 " + warehouse.dataDirectory()
                            + (warehouse.attached() ? "（与正在运行的 pubstats 共用，端口 " + warehouse.port() + "）" : ""));
                    return new WarehouseDatabase(warehouse, home, users, shared);
                } catch (IOException | RuntimeException e) {
                    if (users != null) {
                        users.close();
                    }
                    if (!warehouse.attached()) {
                        warehouse.stopServer();
                    }
                    throw e;
                }
            }
        } catch (UncheckedIOException e) {
            // the server's start reports a taken port through EmbeddedWarehouse's UncheckedIOException
            if (e.getCause() instanceof ServerProcess.PortTakenException taken) {
                throw new BusyException(taken.getMessage());
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + home, e);
        }
    }

    static Path home() {
        String home = System.getenv("PUBSTATS_HOME");
        return Path.of(home == null || home.isBlank() ? ".pubstats" : home).toAbsolutePath().normalize();
    }

    EmbeddedWarehouse embedded() {
        return embedded;
    }

    /** Spring properties that point the application at this database. */
    Map<String, Object> springProperties() {
        if (embedded == null) {
            return Map.of();
        }
        return Map.of("spring.datasource.url", embedded.jdbcUrl(DATABASE),
                "spring.datasource.username", embedded.user(),
                "spring.datasource.password", embedded.password());
    }

    /**
     * Leaves the shared server; the last user stops it. Under the home lock, so that a process joining at this
     * moment either comes before (and keeps it running) or after (and starts it again).
     */
    @Override
    public synchronized void close() {
        if (embedded == null || usersLock == null) {
            return;
        }
        try (HomeLock ignored = HomeLock.acquire(homeDir, HOME_LOCK_WAIT_MS)) {
            usersLock.release();
            usersLock = null;
            FileLock alone = usersChannel.tryLock(0, Long.MAX_VALUE, false);
            if (alone != null) {
                embedded.stopServer();
                alone.release();
            }
            usersChannel.close();
        } catch (IOException | BusyException | java.nio.channels.OverlappingFileLockException e) {
            // Another user in this process, or the lock could not be had: leave the server running for them.
            try {
                usersChannel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    static final class BusyException extends Exception {
        BusyException(String message) {
            super(message);
        }
    }
}
