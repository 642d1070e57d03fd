package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server is locked down: passwords only, not root, nothing in the home readable by others. */
class EmbeddedWarehouseTest {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_READ_WRITE = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    @TempDir
    static Path parent;
    static Path home;
    static WarehouseDatabase database;
    static EmbeddedWarehouse warehouse;

    @BeforeAll
    static void start() throws Exception {
        Files.setPosixFilePermissions(parent, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        home = parent.resolve("home");
        database = WarehouseDatabase.openEmbedded(home, 55610);
        warehouse = database.embedded();
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aLoginWithoutThePasswordOrWithAWrongOneIsRefused() {
        String url = warehouse.jdbcUrl("postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong-password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void theGeneratedPasswordFromTheFileLogsIn() throws Exception {
        String fromFile = Files.readString(home.resolve(EmbeddedWarehouse.PASSWORD_FILE), StandardCharsets.UTF_8).strip();
        assertThat(fromFile).hasSizeGreaterThanOrEqualTo(32).isEqualTo(warehouse.password());
        Map<String, Object> spring = database.springProperties();
        try (Connection c = DriverManager.getConnection((String) spring.get("spring.datasource.url"),
                (String) spring.get("spring.datasource.username"), (String) spring.get("spring.datasource.password"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT current_database(), current_setting('password_encryption'), "
                             + "(SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(WarehouseDatabase.DATABASE);
            assertThat(rs.getString(2)).isEqualTo("scram-sha-256");
            assertThat(rs.getBoolean(3)).isTrue();
        }
        assertThat(warehouse.psqlHint("pubstats"))
                .isEqualTo("PGPASSWORD=\"$(cat " + home.resolve(EmbeddedWarehouse.PASSWORD_FILE)
                        + ")\" psql -h 127.0.0.1 -p " + warehouse.port() + " -U postgres pubstats");
    }

    @Test
    void theServerListensOnLoopbackOnlyWithoutAUnixSocket() throws Exception {
        try (Connection c = DriverManager.getConnection(warehouse.jdbcUrl("postgres"), "postgres", warehouse.password());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT current_setting('listen_addresses'), current_setting('unix_socket_directories')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(2)).isEmpty();
        }
    }

    @Test
    void thePostmastersRealUidIsNotRoot() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(warehouse.dataDirectory().resolve("postmaster.pid")).get(0).strip());
        int realUid = realUid(pid);
        assertThat(realUid).isNotZero();
        if (PrivilegeDrop.isRoot()) {
            assertThat(realUid).isEqualTo(65534);
            assertThat(Files.getAttribute(warehouse.dataDirectory(), "unix:uid")).isEqualTo(65534);
        }
    }

    @Test
    void nothingInTheHomeIsReadableByOthers() throws Exception {
        Set<PosixFilePermission> homeMode = Files.getPosixFilePermissions(home);
        assertThat(homeMode).doesNotContainAnyElementsOf(GROUP_OR_OTHERS_READ_WRITE);
        for (String file : List.of(EmbeddedWarehouse.PASSWORD_FILE, "pubstats.lock", EmbeddedWarehouse.CONTROL_LOG)) {
            assertThat(Files.getPosixFilePermissions(home.resolve(file))).as(file)
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        for (Path folder : List.of(warehouse.dataDirectory(), home.resolve("log"))) {
            assertThat(Files.getPosixFilePermissions(folder)).as(folder.toString())
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE);
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("log/postgres.log")))
                .doesNotContainAnyElementsOf(GROUP_OR_OTHERS_READ_WRITE);
        try (var entries = Files.list(home)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pgdata-init-")))
                    .as("no initdb folder left behind").isEmpty();
        }
    }

    @Test
    void pgHbaHasNoTrustLine() throws Exception {
        List<String> rules = Files.readAllLines(warehouse.dataDirectory().resolve("pg_hba.conf")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).doesNotContain("trust").endsWith("scram-sha-256"));
    }

    static int realUid(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("Uid:")) {
                return Integer.parseInt(line.substring(4).strip().split("\\s+")[0]);
            }
        }
        throw new AssertionError("no Uid line for " + pid);
    }
}
