package org.pubstats.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The embedded default database: PostgreSQL 17 from zonky's binary bundle, with its data in
 * {@code <home>/pgdata} so the warehouse persists between runs.
 *
 * <p>Locked down: the server listens on 127.0.0.1 only (no unix socket), every login needs the
 * password (scram-sha-256, no {@code trust} in pg_hba.conf) that pubstats generated into
 * {@code <home>/postgres-password} (0600), and as root the server runs as the real {@code nobody}
 * (see {@link PrivilegeDrop}), so its superuser cannot act as root.
 *
 * <p>Layout of the home (as root 0711: {@code nobody} must pass through it to reach its folders but
 * may not list it; otherwise 0700):
 * <pre>
 *   pubstats.lock, postgres-control.log, postgres-password   0600, ours
 *   postgres-17.6.0/                                          binaries, 0755
 *   pgdata/                                                   the cluster, server user's, 0700
 *   log/postgres.log                                          server log, server user's, 0700 folder
 * </pre>
 *
 * <p>It always comes back: a new cluster is made in {@code pgdata-init-*} and renamed to
 * {@code pgdata} only when complete (the password file is written just before), so a kill at any
 * moment leaves either no cluster or a whole one; a half-made {@code pgdata} from an older pubstats
 * is moved aside, never deleted; a failed start leaves no server running; and a port another server
 * took between our probe and our start is left for the next one. Callers hold the home's lock
 * ({@link WarehouseDatabase}) so one process at a time uses a home.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    public static final int DEFAULT_PORT = 54329;
    public static final String PASSWORD_FILE = "postgres-password";
    public static final String CONTROL_LOG = "postgres-control.log";
    public static final String SUPERUSER = "postgres";
    private static final String BUNDLE = "postgres-linux-x86_64.txz";
    private static final String BUNDLE_VERSION = "17.6.0";
    private static final String INIT_PREFIX = "pgdata-init-";
    private static final int PORT_ATTEMPTS = 20;
    private static final Pattern TRUST = Pattern.compile("(^|\\s)trust(\\s|$)");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path home;
    private final Path binaries;
    private final Path data;
    private final Path logDir;
    private final Path serverLog;
    private final Path passwordFile;
    private final Path controlLog;
    private final List<String> asServer;
    private final int preferredPort;
    private int port;
    private String password;
    private boolean started;

    private EmbeddedWarehouse(Path home, int preferredPort) {
        this.home = home;
        this.binaries = home.resolve("postgres-" + BUNDLE_VERSION);
        this.data = home.resolve("pgdata");
        this.logDir = home.resolve("log");
        this.serverLog = logDir.resolve("postgres.log");
        this.passwordFile = home.resolve(PASSWORD_FILE);
        this.controlLog = home.resolve(CONTROL_LOG);
        this.asServer = PrivilegeDrop.prefix();
        this.preferredPort = preferredPort;
    }

    /** Starts the server (initialising or upgrading the data folder when needed) on a free port from the preferred one. */
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

    public Path passwordFile() {
        return passwordFile;
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
        return "PGPASSWORD=\"$(cat " + shellQuote(passwordFile.toString()) + ")\" psql -h 127.0.0.1 -p " + port
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

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, password);
    }

    /**
     * Creates the home and makes what pubstats keeps there private. As root the home is 0711:
     * the server runs as {@code nobody}, which must pass through the home to its own folders
     * (pgdata, log) and the binaries, but may not list it; everything else in it is 0600 or 0700.
     */
    public static void prepareHome(Path home) throws IOException {
        Files.createDirectories(home);
        boolean root = PrivilegeDrop.isRoot();
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString(root ? "rwx--x--x" : "rwx------"));
        if (root) {
            for (Path dir = home.getParent(); dir != null; dir = dir.getParent()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IOException("内置数据库以 nobody 身份运行，但 nobody 进不了 " + dir
                            + "（缺少 o+x 权限）；请把 PUBSTATS_HOME 设在其他用户可以进入的目录下");
                }
            }
        }
        privateFile(home.resolve(CONTROL_LOG));
        // Left by older versions: keep them private too.
        for (String legacy : List.of("postgres.log", "pubstats.lock", PASSWORD_FILE)) {
            Path file = home.resolve(legacy);
            if (Files.isRegularFile(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        }
    }

    /** Creates the file 0600 if it is missing, or makes it 0600. */
    static void privateFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // already there
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    private void boot() {
        try {
            prepareHome(home);
            extractBinaries(home);
            removeUnfinishedInits();
            if (Files.exists(data) && !isCluster(data)) {
                setAside(data);
            }
            if (!Files.exists(data)) {
                initialise();
            }
            PrivilegeDrop.handOver(data);
            Files.setPosixFilePermissions(data, OWNER_DIR);
            Files.createDirectories(logDir);
            PrivilegeDrop.handOver(logDir);
            Files.setPosixFilePermissions(logDir, OWNER_DIR);
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stopLeftover();
            }
            boolean trusting = hasTrustLines();
            password = readOrCreatePassword(trusting);
            startOnFreePort(); // after the leftover server has freed its port
            started = true;
            if (trusting) {
                requirePasswords();
            }
        } catch (IOException | RuntimeException e) {
            if (started) {
                close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + home + ": " + e.getMessage(), io);
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
        Path init = Files.createTempDirectory(home, INIT_PREFIX);
        PrivilegeDrop.handOver(init);
        String generated = newPassword();
        Path pwfile = init.resolve("pwfile");
        Files.writeString(pwfile, generated + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pwfile, OWNER_ONLY);
        PrivilegeDrop.own(pwfile); // initdb, running as the server user, reads it
        Path cluster = init.resolve("pgdata");
        run(List.of(bin("initdb"), "--auth=scram-sha-256", "--pwfile=" + pwfile, "-U", SUPERUSER, "-E", "UTF-8",
                "--locale=C", "-D", cluster.toString()));
        Files.delete(pwfile);
        writePasswordFile(generated);
        Files.move(cluster, data, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(home);
        deleteTree(init);
        System.out.println("内置数据库已初始化：" + data + "（密码在 " + passwordFile + "）");
    }

    /** initdb folders a killed start left behind: never a cluster in use, so they go. */
    private void removeUnfinishedInits() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(home, INIT_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                deleteTree(leftover);
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
        Path aside = home.resolve("pgdata.incomplete-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("内置数据库目录 " + folder + " 不完整（上次初始化被中断），已移到 " + aside + "，重新初始化。");
    }

    // ---------------------------------------------------------------- passwords

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void writePasswordFile(String secret) throws IOException {
        Path tmp = home.resolve(PASSWORD_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.UTF_8.encode(secret + "\n"));
            channel.force(true);
        }
        Files.move(tmp, passwordFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private String readOrCreatePassword(boolean trusting) throws IOException {
        if (Files.isRegularFile(passwordFile)) {
            Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);
            String secret = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            if (!secret.isEmpty()) {
                return secret;
            }
        }
        if (!trusting) {
            throw new IOException("内置数据库的密码文件 " + passwordFile + " 不见了，无法登录；"
                    + "请恢复该文件，或把 " + data + " 移走后重新运行（将新建空数据库）");
        }
        // A home from an older pubstats: the password is written first, then set (see requirePasswords).
        String secret = newPassword();
        writePasswordFile(secret);
        return secret;
    }

    private boolean hasTrustLines() throws IOException {
        for (String line : Files.readAllLines(data.resolve("pg_hba.conf"), StandardCharsets.UTF_8)) {
            if (isTrustLine(line)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTrustLine(String line) {
        String rule = line.strip();
        int comment = rule.indexOf('#');
        if (comment >= 0) {
            rule = rule.substring(0, comment);
        }
        return !rule.isBlank() && TRUST.matcher(rule).find();
    }

    /**
     * Upgrades a home made by an older pubstats, which trusted every login: while pg_hba.conf still
     * trusts us, give the superuser the password from the password file, then replace every trust
     * method by scram-sha-256 and reload. Each step can be interrupted: the password file is
     * written first and the trust lines go last, so the next start finishes the job.
     */
    private void requirePasswords() throws IOException {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("cannot set the superuser's password: " + e.getMessage(), e);
        }
        Path hba = data.resolve("pg_hba.conf");
        List<String> lines = new ArrayList<>();
        lines.add("# pubstats " + LocalDateTime.now().withNano(0) + ": every login needs a password (scram-sha-256)");
        for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
            lines.add(isTrustLine(line) ? line.replaceAll("(^|\\s)trust(?=\\s|#|$)", "$1scram-sha-256") : line);
        }
        Path tmp = data.resolve("pg_hba.conf.pubstats-tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        PrivilegeDrop.own(tmp);
        Files.move(tmp, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot reload pg_hba.conf: " + e.getMessage(), e);
        }
        System.out.println("内置数据库已改为密码登录（scram-sha-256），密码在 " + passwordFile);
    }

    // ---------------------------------------------------------------- starting and stopping

    /**
     * Starts the server on the preferred port when free, else the next free one. Probing and
     * starting are not one step, so another server (another home starting at the same moment) can
     * take the port in between: then our server fails with "could not bind", and we try the next.
     */
    private void startOnFreePort() throws IOException {
        int from = preferredPort;
        IOException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int candidate = freePort(from);
            long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
            try {
                run(List.of(bin("pg_ctl"), "-D", data.toString(), "-l", serverLog.toString(), "-w", "-t", "60",
                        "-o", "-p " + candidate + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=on",
                        "start"));
                port = candidate;
                return;
            } catch (IOException e) {
                last = e;
                stopServer(); // a start that timed out may have left it running
                String log = readFrom(serverLog, logStart);
                if (!(log.contains("could not bind") || log.contains("Address already in use"))) {
                    throw e;
                }
                from = candidate + 1;
            }
        }
        throw last;
    }

    /**
     * A pubstats that was killed leaves its server running. We hold the home lock, so no other
     * pubstats uses it: stop it. (A stale pid file with no server behind it PostgreSQL handles itself.)
     */
    private void stopLeftover() {
        if (postmaster().isPresent()) {
            stopServer();
            System.out.println("上次运行留下的内置数据库已停止。");
        }
    }

    /** Stops the server of this data folder, whatever it takes; afterwards none is running. */
    private void stopServer() {
        if (postmaster().isEmpty()) {
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
        } catch (IOException e) {
            // not ours to signal (a server of an older pubstats ran with real uid root), or it hangs
        }
        Optional<ProcessHandle> rest = postmaster();
        if (rest.isEmpty()) {
            return;
        }
        ProcessHandle server = rest.get();
        try {
            new ProcessBuilder("kill", "-s", "INT", Long.toString(server.pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more we can do
            }
        }
    }

    /** The running postmaster of this data folder, from postmaster.pid, if there is one. */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesThisFolder(pid));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean servesThisFolder(long pid) {
        try {
            String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return cmdline.contains(data.toString());
        } catch (IOException e) {
            return true; // cannot tell: treat as ours rather than leave a server running
        }
    }

    @Override
    public synchronized void close() {
        if (!started) {
            return;
        }
        started = false;
        try {
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        } catch (IOException | RuntimeException e) {
            System.err.println("pubstats: 内置数据库未能正常停止：" + e.getMessage());
            stopServer();
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>(asServer);
        full.addAll(command);
        Process process = new ProcessBuilder(full)
                .directory(binaries.toFile()) // a folder the server user can enter
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(controlLog.toFile()))
                .start();
        try {
            int rc = process.waitFor();
            if (rc != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + rc + "), see "
                        + controlLog + " and " + serverLog);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted", e);
        }
    }

    private static String readFrom(Path file, long offset) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(Math.min(offset, channel.size()));
            return new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
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

    // ---------------------------------------------------------------- binaries

    /** Unpacks the PostgreSQL binaries into the home once; readable and executable by the server user. */
    static Path extractBinaries(Path home) throws IOException {
        Path binaries = home.resolve("postgres-" + BUNDLE_VERSION);
        Path complete = binaries.resolve(".complete");
        if (Files.exists(complete)) {
            openUp(binaries); // older pubstats left the folder 0700
            return binaries;
        }
        try (DirectoryStream<Path> killed = Files.newDirectoryStream(home, "postgres-unpack*")) {
            for (Path leftover : killed) { // an unpacking that was interrupted
                deleteTree(leftover);
            }
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
        openUp(staging);
        if (Files.exists(binaries)) {
            deleteTree(binaries);
        }
        Files.move(staging, binaries);
        return binaries;
    }

    /** Folders of the binaries 0755, so the server user can reach them. */
    private static void openUp(Path binaries) throws IOException {
        Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
        if (Files.getPosixFilePermissions(binaries).equals(open)) {
            return;
        }
        try (var paths = Files.walk(binaries)) {
            for (Path p : paths.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(p, open);
            }
        }
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
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int freePort(int preferred) {
        for (int candidate = preferred; candidate < preferred + PORT_ATTEMPTS && candidate < 65536; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException busy) {
                // try the next one
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
