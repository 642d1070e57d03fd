package org.pubstats.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The embedded default database: PostgreSQL 17 from zonky's binary bundle ({@link PostgresBinaries}),
 * with its data in {@code <home>/pgdata} so the warehouse persists between runs. The layout of the
 * home is described in {@link WarehouseHome}.
 *
 * <p>Locked down: the server listens on 127.0.0.1 only (no unix socket), every login needs the
 * password (scram-sha-256, no {@code trust} in pg_hba.conf) that pubstats generated into
 * {@code <home>/postgres-password} (0600, see {@link ServerPassword}), and as root the server runs
 * as the real {@code nobody} (see {@link PrivilegeDrop}), so its superuser cannot act as root.
 *
 * <p>It always comes back: a new cluster is made in {@code pgdata-init-*} and renamed to
 * {@code pgdata} only when complete (the password file is written just before), so a kill at any
 * moment leaves either no cluster or a whole one; a half-made {@code pgdata} from an older pubstats
 * is moved aside, never deleted; a failed start leaves no server running; and a port another server
 * took between our probe and our start is left for the next one ({@link ServerProcess}). Callers
 * hold the home's lock ({@link WarehouseDatabase}) so one process at a time uses a home.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    public static final int DEFAULT_PORT = 54329;
    public static final String PASSWORD_FILE = WarehouseHome.PASSWORD_FILE;
    public static final String CONTROL_LOG = WarehouseHome.CONTROL_LOG;
    public static final String SUPERUSER = "postgres";
    private static final String INIT_PREFIX = "pgdata-init-";

    private final WarehouseHome home;
    private final ServerPassword passwords;
    private final ServerProcess server;
    private final int wantedPort;
    private final String listen;
    private int port;
    private String password;
    private boolean started;
    private boolean attached;

    private EmbeddedWarehouse(Path home, int wantedPort, String listen) {
        this.home = new WarehouseHome(home);
        this.passwords = new ServerPassword(this.home);
        this.server = new ServerProcess(this.home);
        this.wantedPort = wantedPort;
        this.listen = listen;
    }

    /**
     * Starts the server (initialising or upgrading the data folder when needed) on the port, stopping a server a
     * killed process left running first; {@link #close()} stops it.
     */
    public static EmbeddedWarehouse start(Path home, int port) {
        EmbeddedWarehouse warehouse = new EmbeddedWarehouse(home.toAbsolutePath().normalize(), port, LOOPBACK);
        warehouse.boot(false);
        return warehouse;
    }

    /**
     * The server of this home for one of several pubstats processes ({@code db}, {@code run}, {@code report}): the
     * one already running, on whatever port it listens, or else a new one on the port. Its {@link #close()} leaves
     * the server running; the last user stops it ({@link WarehouseDatabase}).
     */
    static EmbeddedWarehouse startOrAttach(Path home, int port, String listen) {
        EmbeddedWarehouse warehouse = new EmbeddedWarehouse(home.toAbsolutePath().normalize(), port, listen);
        warehouse.boot(true);
        warehouse.started = false; // shared: never stopped by one user's close
        return warehouse;
    }

    /** Whether this process found the server already running (started by another pubstats). */
    boolean attached() {
        return attached;
    }

    /** Stops the server of this home, whoever started it: the last user leaving. */
    void stopServer() {
        server.stop();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return home.data();
    }

    public Path passwordFile() {
        return home.passwordFile();
    }

    /** The superuser's password (also in {@link #passwordFile()}). */
    public String password() {
        return password;
    }

    public String user() {
        return SUPERUSER;
    }

    /** A command an analyst can copy into a shell on this machine (as the user who ran pubstats). */
    public String psqlHint(String database) {
        return "PGPASSWORD=\"$(cat " + shellQuote(home.passwordFile().toString()) + ")\" psql -h 127.0.0.1 -p " + port
                + " -U " + SUPERUSER + " " + database;
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String database) {
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** The analysts' read-only role ({@link AnalystAccess}), made or given its password; returns the password. */
    String ensureAnalyst(String database) {
        try (Connection c = connect("postgres")) {
            String secret = AnalystAccess.password(home.root());
            AnalystAccess.ensureRole(c, database, secret);
            return secret;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot set up the analysts' role: " + e.getMessage(), e);
        }
    }

    /** How an analyst connects, for the console of {@code ./pubstats db}. */
    String analystHint(String database) {
        String file = home.root().resolve(AnalystAccess.PASSWORD_FILE).toString();
        boolean given = AnalystAccess.passwordGiven();
        String password = given ? "$" + AnalystAccess.PASSWORD_VARIABLE : "$(cat " + shellQuote(file) + ")";
        return "  psql：PGPASSWORD=\"" + password + "\" psql -h 127.0.0.1 -p " + port + " -U " + AnalystAccess.ROLE + " "
                + database + "\n  JDBC：" + jdbcUrl(database) + "?user=" + AnalystAccess.ROLE
                + "（密码" + (given ? "即 " + AnalystAccess.PASSWORD_VARIABLE : "在 " + file) + "）";
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, password);
    }

    /** Creates the home and makes what pubstats keeps there private (see {@link WarehouseHome#prepare}). */
    public static void prepareHome(Path home) throws IOException {
        WarehouseHome.prepare(home);
    }

    /** Where the server listens unless PUBSTATS_DB_LISTEN says otherwise. */
    static final String LOOPBACK = "127.0.0.1";

    private void boot(boolean attach) {
        Path data = home.data();
        Path logDir = home.logDir();
        try {
            prepareHome(home.root());
            PostgresBinaries.extract(home.root());
            removeUnfinishedInits();
            if (Files.exists(data) && !isCluster(data)) {
                setAside(data);
            }
            if (!Files.exists(data)) {
                initialise();
            }
            PrivilegeDrop.handOver(data);
            Files.setPosixFilePermissions(data, WarehouseHome.OWNER_DIR);
            Files.createDirectories(logDir);
            PrivilegeDrop.handOver(logDir);
            Files.setPosixFilePermissions(logDir, WarehouseHome.OWNER_DIR);
            // Join a running server of this home, unless it is one an older pubstats left (it trusted every login
            // and had no password file): that one is stopped and upgraded below.
            if (attach && server.postmaster().isPresent() && server.runningPort().isPresent()
                    && Files.isRegularFile(home.passwordFile()) && !passwords.hasTrustLines()) {
                password = passwords.readOrCreate(false);
                port = server.runningPort().get();
                attached = true;
                return;
            }
            if (Files.exists(data.resolve("postmaster.pid"))) {
                server.stopLeftover();
            }
            boolean trusting = passwords.hasTrustLines();
            password = passwords.readOrCreate(trusting);
            if (!LOOPBACK.equals(listen)) {
                AnalystAccess.allowRemote(home);
            }
            server.start(wantedPort, listen); // after the leftover server has freed its port
            port = wantedPort;
            started = true;
            if (trusting) {
                passwords.requirePasswords(password, () -> connect("postgres"));
            }
        } catch (IOException | RuntimeException e) {
            if (started) {
                close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + home.root() + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    // ---------------------------------------------------------------- the cluster

    /**
     * Makes a new cluster so that a kill at any moment leaves no cluster or a whole one: initdb into
     * a fresh folder beside pgdata, write the password file, then rename the folder to pgdata.
     */
    private void initialise() throws IOException {
        Path init = Files.createTempDirectory(home.root(), INIT_PREFIX);
        PrivilegeDrop.handOver(init);
        String generated = ServerPassword.generate();
        Path pwfile = init.resolve("pwfile");
        Files.writeString(pwfile, generated + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pwfile, WarehouseHome.OWNER_ONLY);
        PrivilegeDrop.own(pwfile); // initdb, running as the server user, reads it
        Path cluster = init.resolve("pgdata");
        server.run(List.of(server.bin("initdb"), "--auth=scram-sha-256", "--pwfile=" + pwfile, "-U", SUPERUSER,
                "-E", "UTF-8", "--locale=C", "-D", cluster.toString()));
        Files.delete(pwfile);
        passwords.write(generated);
        Files.move(cluster, home.data(), StandardCopyOption.ATOMIC_MOVE);
        syncFolder(home.root());
        WarehouseHome.deleteTree(init);
        System.out.println("内置数据库已初始化：" + home.data() + "（密码在 " + home.passwordFile() + "）");
    }

    /** initdb folders a killed start left behind: never a cluster in use, so they go. */
    private void removeUnfinishedInits() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(home.root(), INIT_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                WarehouseHome.deleteTree(leftover);
            }
        }
    }

    /**
     * Whether the folder holds a whole cluster. Ours always does (it is renamed into place when
     * complete); older pubstats ran initdb in place, and a kill left half of one: the control file
     * and template0 (made near the end of initdb) are missing then.
     */
    static boolean isCluster(Path folder) {
        return Files.isRegularFile(folder.resolve("PG_VERSION"))
                && Files.isRegularFile(folder.resolve("global").resolve("pg_control"))
                && Files.isRegularFile(folder.resolve("postgresql.conf"))
                && Files.isRegularFile(folder.resolve("pg_hba.conf"))
                && Files.isDirectory(folder.resolve("base").resolve("1"))
                && Files.isDirectory(folder.resolve("base").resolve("4"));
    }

    /** A half-made pgdata: an empty one goes, anything else is moved aside (it may hold something someone wants). */
    private void setAside(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
                return;
            }
        }
        Path aside = home.root().resolve("pgdata.incomplete-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("内置数据库目录 " + folder + " 不完整（上次初始化被中断），已移到 " + aside + "，重新初始化。");
    }

    @Override
    public synchronized void close() {
        if (!started) {
            return;
        }
        started = false;
        server.stop();
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: not every file system lets a folder be synced
        }
    }

    private static String shellQuote(String text) {
        return text.matches("[A-Za-z0-9_./+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
