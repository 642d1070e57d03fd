package org.pubstats.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Where the embedded database keeps its things in the home, and the permissions that keep them
 * private.
 *
 * <p>Layout of the home (as root 0711: {@code nobody} must pass through it to reach its folders but
 * may not list it; otherwise 0700):
 * <pre>
 *   pubstats.lock, postgres-control.log, postgres-password   0600, ours
 *   postgres-17.6.0/                                          binaries, 0755
 *   pgdata/                                                   the cluster, server user's, 0700
 *   log/postgres.log                                          server log, server user's, 0700 folder
 * </pre>
 */
final class WarehouseHome {

    static final String PASSWORD_FILE = "postgres-password";
    static final String CONTROL_LOG = "postgres-control.log";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path root;

    WarehouseHome(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path binaries() {
        return PostgresBinaries.folder(root);
    }

    Path data() {
        return root.resolve("pgdata");
    }

    Path logDir() {
        return root.resolve("log");
    }

    Path serverLog() {
        return logDir().resolve("postgres.log");
    }

    Path passwordFile() {
        return root.resolve(PASSWORD_FILE);
    }

    Path controlLog() {
        return root.resolve(CONTROL_LOG);
    }

    /**
     * Creates the home and makes what pubstats keeps there private. As root the home is 0711:
     * the server runs as {@code nobody}, which must pass through the home to its own folders
     * (pgdata, log) and the binaries, but may not list it; everything else in it is 0600 or 0700.
     */
    static void prepare(Path home) throws IOException {
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

    /** Deletes a folder of the home (an interrupted unpacking or initdb) with everything in it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
