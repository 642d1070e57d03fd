package org.pubstats.ops;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The superuser's password: generated for a new cluster and kept in {@code <home>/postgres-password}
 * (0600), where every start reads it; and the upgrade of a home from an older pubstats, whose
 * pg_hba.conf trusted every login, to passwords.
 */
final class ServerPassword {

    private static final Pattern TRUST = Pattern.compile("(^|\\s)trust(\\s|$)");

    /** Opens a connection to the {@code postgres} database as the superuser. */
    @FunctionalInterface
    interface Login {
        Connection open() throws SQLException;
    }

    private final WarehouseHome home;

    ServerPassword(WarehouseHome home) {
        this.home = home;
    }

    static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void write(String secret) throws IOException {
        writeSecret(home.passwordFile(), secret);
    }

    /** Writes a secret into a file only its owner can read, replacing it in one step. */
    static void writeSecret(Path file, String secret) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(WarehouseHome.OWNER_ONLY));
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.UTF_8.encode(secret + "\n"));
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces a file of the data folder in one step, owned by the server user and readable by it only. */
    static void replaceServerFile(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".pubstats-tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(WarehouseHome.OWNER_ONLY));
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        PrivilegeDrop.own(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The secret kept in a file of the home (made owner-only again first), if the file holds one. */
    static Optional<String> readSecret(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Files.setPosixFilePermissions(file, WarehouseHome.OWNER_ONLY);
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    String readOrCreate(boolean trusting) throws IOException {
        Path passwordFile = home.passwordFile();
        Optional<String> kept = readSecret(passwordFile);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (!trusting) {
            throw new IOException("内置数据库的密码文件 " + passwordFile + " 不见了，无法登录；"
                    + "请恢复该文件，或把 " + home.data() + " 移走后重新运行（将新建空数据库）");
        }
        // A home from an older pubstats: the password is written first, then set (see requirePasswords).
        String secret = generate();
        write(secret);
        return secret;
    }

    boolean hasTrustLines() throws IOException {
        for (String line : Files.readAllLines(home.data().resolve("pg_hba.conf"), StandardCharsets.UTF_8)) {
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
    void requirePasswords(String password, Login login) throws IOException {
        try (Connection c = login.open(); Statement st = c.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("ALTER ROLE " + EmbeddedWarehouse.SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("cannot set the superuser's password: " + e.getMessage(), e);
        }
        Path data = home.data();
        Path hba = data.resolve("pg_hba.conf");
        List<String> lines = new ArrayList<>();
        lines.add("# pubstats " + LocalDateTime.now().withNano(0) + ": every login needs a password (scram-sha-256)");
        for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
            lines.add(isTrustLine(line) ? line.replaceAll("(^|\\s)trust(?=\\s|#|$)", "$1scram-sha-256") : line);
        }
        replaceServerFile(hba, lines);
        try (Connection c = login.open(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot reload pg_hba.conf: " + e.getMessage(), e);
        }
        System.out.println("内置数据库已改为密码登录（scram-sha-256），密码在 " + home.passwordFile());
    }
}
