package org.pubstats.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read-only login of analysts on the embedded server: the role {@code pubstats_analyst}, with a password from
 * {@code PUBSTATS_ANALYST_PASSWORD} or generated into {@code <home>/analyst-password} (0600). What it may read (the
 * analyst views and the figure tables, nothing else) is granted after every migration by
 * {@code db/migration/afterMigrate.sql}, so a new view is granted as it is made; {@code docs/analyst-role.sql} makes
 * the same role on a server of one's own.
 */
final class AnalystAccess {

    static final String ROLE = "pubstats_analyst";
    static final String PASSWORD_FILE = "analyst-password";
    static final String PASSWORD_VARIABLE = "PUBSTATS_ANALYST_PASSWORD";

    private AnalystAccess() {
    }

    /** Whether the environment gives the analyst's password (a blank value does not). */
    static boolean passwordGiven() {
        String given = System.getenv(PASSWORD_VARIABLE);
        return given != null && !given.isBlank();
    }

    /** The analyst's password: the environment's, else the home's file, else a new one written there. */
    static String password(Path home) throws IOException {
        if (passwordGiven()) {
            return System.getenv(PASSWORD_VARIABLE);
        }
        Path file = home.resolve(PASSWORD_FILE);
        Optional<String> kept = ServerPassword.readSecret(file);
        if (kept.isPresent()) {
            return kept.get();
        }
        String generated = ServerPassword.generate();
        ServerPassword.writeSecret(file, generated);
        return generated;
    }

    /** Creates the role, or sets its password; it may connect to the warehouse database and do nothing else yet. */
    static void ensureRole(Connection superuser, String database, String password) throws SQLException {
        String quoted = "'" + password.replace("'", "''") + "'";
        try (Statement st = superuser.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            boolean exists;
            try (var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "'")) {
                exists = rs.next();
            }
            st.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD " + quoted);
            st.execute("GRANT CONNECT ON DATABASE \"" + database.replace("\"", "\"\"") + "\" TO " + ROLE);
        }
    }

    /**
     * A server listening beyond 127.0.0.1 (PUBSTATS_DB_LISTEN): the analyst may log in from other machines, with
     * the password, to the warehouse database only. The superuser stays local.
     */
    static void allowRemote(WarehouseHome home) throws IOException {
        Path hba = home.data().resolve("pg_hba.conf");
        String rule = "host " + WarehouseDatabase.DATABASE + " " + ROLE + " all scram-sha-256";
        List<String> lines = new ArrayList<>(Files.readAllLines(hba, StandardCharsets.UTF_8));
        if (lines.stream().anyMatch(line -> line.strip().equals(rule))) {
            return;
        }
        lines.add("# pubstats: analysts from other machines (PUBSTATS_DB_LISTEN), with their password");
        lines.add(rule);
        ServerPassword.replaceServerFile(hba, lines);
    }
}
