package org.pubstats.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Where the warehouse lives: the server named by {@code SPRING_DATASOURCE_URL} (Spring reads it
 * itself), or else the embedded PostgreSQL in {@code $PUBSTATS_HOME} (default {@code ./.pubstats}),
 * which only one pubstats at a time may use. Everything pubstats writes into the home is private
 * (0600); the superuser's password is in {@code <home>/postgres-password}.
 */
final class WarehouseDatabase implements AutoCloseable {

    static final String DATABASE = "pubstats";

    private final EmbeddedWarehouse embedded;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private WarehouseDatabase(EmbeddedWarehouse embedded, FileChannel lockChannel, FileLock lock) {
        this.embedded = embedded;
        this.lockChannel = lockChannel;
        this.lock = lock;
        if (embedded != null) {
            // Ctrl+C (or a kill) must not leave the embedded server running with the home locked.
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
            return new WarehouseDatabase(null, null, null);
        }
        String port = System.getenv("PUBSTATS_DB_PORT");
        return openEmbedded(home(), port == null ? EmbeddedWarehouse.DEFAULT_PORT : Integer.parseInt(port));
    }

    /** The embedded database in this home, locked for this process; started on the preferred port when free. */
    static WarehouseDatabase openEmbedded(Path home, int preferredPort) throws BusyException {
        try {
            EmbeddedWarehouse.prepareHome(home); // private before anything is written into it
            Path lockFile = home.resolve("pubstats.lock");
            WarehouseHome.privateFile(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new BusyException("另一个 pubstats 正在使用 " + home + " 中的内置数据库，请等它结束后再运行。");
            }
            EmbeddedWarehouse warehouse = null;
            try {
                warehouse = EmbeddedWarehouse.start(home, preferredPort);
                warehouse.ensureDatabase(DATABASE);
            } catch (RuntimeException e) {
                if (warehouse != null) {
                    warehouse.close();
                }
                lock.release();
                channel.close();
                throw e;
            }
            System.out.println("数据库：内置 PostgreSQL 17，数据保存在 " + warehouse.dataDirectory());
            System.out.println("        运行期间可用 " + warehouse.psqlHint(DATABASE) + " 查询；随时查询请运行 ./pubstats db");
            return new WarehouseDatabase(warehouse, channel, lock);
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

    @Override
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
        }
        try {
            if (lockChannel != null && lockChannel.isOpen()) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    static final class BusyException extends Exception {
        BusyException(String message) {
            super(message);
        }
    }
}
