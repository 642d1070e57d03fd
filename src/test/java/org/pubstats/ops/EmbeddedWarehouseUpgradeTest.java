package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home made by the previous version — trust authentication, no password file, data owned by root
 * (the user-namespace mapping), world-readable files, maybe its server still running as real root —
 * is upgraded in place on the first start, keeping its data.
 */
class EmbeddedWarehouseUpgradeTest {

    private static final List<String> OLD_NAMESPACE = List.of("unshare", "--user", "--map-user=65534", "--map-group=65534", "--");

    @TempDir
    Path parent;

    @Test
    void anOldTrustHomeIsUpgradedInPlaceAndKeepsItsData() throws Exception {
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx--x--x"));
        Path home = Files.createDirectories(parent.resolve("old-home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path binaries = PostgresBinaries.extract(home);
        Path data = home.resolve("pgdata");
        List<String> old = oldWay();
        if (old.equals(OLD_NAMESPACE)) {
            Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwx------")); // as it was left
        }

        // What the previous version did: initdb -A trust in place, then start the server.
        Files.createDirectories(data);
        if (!old.isEmpty() && !old.equals(OLD_NAMESPACE)) {
            chown(data, "65534:65534");
        }
        run(old, home, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF-8",
                "--locale=C", "-D", data.toString());
        run(old, home, binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
                home.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
                "-p 55661 -c listen_addresses=127.0.0.1 -c unix_socket_directories=", "start");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55661/postgres?user=postgres")) {
            c.createStatement().execute("CREATE DATABASE legacy");
            c.createStatement().execute("CREATE USER analyst"); // a role without a password: it can no longer log in
        }
        // The old server is left running, as after a killed run; its files are world-readable.
        for (String file : List.of("pubstats.lock", EmbeddedWarehouse.CONTROL_LOG)) {
            Files.writeString(home.resolve(file), "");
            Files.setPosixFilePermissions(home.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        if (old.equals(OLD_NAMESPACE)) {
            assertThat(Files.getAttribute(data, "unix:uid")).as("the namespace left the data root's").isEqualTo(0);
        }
        assertThat(Files.exists(home.resolve(EmbeddedWarehouse.PASSWORD_FILE))).isFalse();

        try (WarehouseDatabase database = WarehouseDatabase.openEmbedded(home, 55660)) {
            EmbeddedWarehouse warehouse = database.embedded();
            String url = warehouse.jdbcUrl("legacy");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess").close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "analyst", "").close()).isInstanceOf(SQLException.class);
            String password = Files.readString(home.resolve(EmbeddedWarehouse.PASSWORD_FILE), StandardCharsets.UTF_8).strip();
            try (Connection c = DriverManager.getConnection(url, "postgres", password);
                 ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("legacy");
            }
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            assertThat(EmbeddedWarehouseTest.realUid(pid)).isNotZero();
            assertThat(EmbeddedWarehouseRecoveryTest.postmastersOf(data)).as("the old server was stopped").containsExactly(pid);
        }
        assertThat(hbaRules(data)).isNotEmpty().noneMatch(rule -> rule.contains("trust"));
        assertThat(Files.getPosixFilePermissions(home)).doesNotContain(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        for (String file : List.of(EmbeddedWarehouse.PASSWORD_FILE, "pubstats.lock", EmbeddedWarehouse.CONTROL_LOG, "postgres.log")) {
            assertThat(Files.getPosixFilePermissions(home.resolve(file))).as(file)
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        if (PrivilegeDrop.isRoot()) {
            assertThat(Files.getAttribute(data, "unix:uid")).isEqualTo(65534);
            assertThat(Files.getAttribute(data.resolve("PG_VERSION"), "unix:uid")).isEqualTo(65534);
        }

        // The next start is an ordinary one: same password, still no trust.
        String before = Files.readString(home.resolve(EmbeddedWarehouse.PASSWORD_FILE));
        try (WarehouseDatabase database = WarehouseDatabase.openEmbedded(home, 55660);
             Connection c = DriverManager.getConnection(database.embedded().jdbcUrl("legacy"), "postgres",
                     database.embedded().password())) {
            assertThat(c.isValid(5)).isTrue();
        }
        assertThat(Files.readString(home.resolve(EmbeddedWarehouse.PASSWORD_FILE))).isEqualTo(before);
    }

    /** How the previous version ran PostgreSQL: as root in a user namespace, else as nobody; as itself otherwise. */
    private static List<String> oldWay() throws Exception {
        if (!PrivilegeDrop.isRoot()) {
            return List.of();
        }
        List<String> probe = new ArrayList<>(OLD_NAMESPACE);
        probe.add("true");
        if (new ProcessBuilder(probe).redirectErrorStream(true).start().waitFor() == 0) {
            return OLD_NAMESPACE;
        }
        return List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");
    }

    private static void run(List<String> prefix, Path home, String... command) throws Exception {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).directory(home.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    private static void chown(Path folder, String owner) throws Exception {
        assertThat(new ProcessBuilder("chown", "-R", owner, folder.toString()).inheritIO().start().waitFor()).isZero();
    }

    private static List<String> hbaRules(Path data) throws IOException {
        return Files.readAllLines(data.resolve("pg_hba.conf")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
