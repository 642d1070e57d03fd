package org.pubstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writes a file through a temporary file in the same folder and an atomic move: readers never see half a file. */
final class AtomicFile {

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static Path write(Path file, Content content) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // Not createTempFile: its owner-only permissions would stay on the final file, which the
            // office shares; a plain new file gets the usual umask.
            // A short name of its own: the final name may already be near the file system's 255 bytes.
            temp = Files.createFile(folder.resolve(".pubstats-" + UUID.randomUUID() + ".tmp"));
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the write already failed; a stray temp file is harmless
                }
            }
        }
    }
}
