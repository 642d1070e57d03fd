package org.pubstats.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A secret kept in a file of the pubstats home that only its owner can read (0600, replaced in one step), as the
 * database passwords are: for the console's login.
 */
public final class PrivateFile {

    private PrivateFile() {
    }

    public static void write(Path file, String secret) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(WarehouseHome.OWNER_DIR));
        }
        ServerPassword.writeSecret(file, secret);
    }

    public static Optional<String> read(Path file) throws IOException {
        return ServerPassword.readSecret(file);
    }

    /** A new random secret (24 random bytes, URL-safe Base64). */
    public static String generate() {
        return ServerPassword.generate();
    }
}
