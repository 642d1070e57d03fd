package org.pubstats.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the project's jobs/ that a test may edit: its dictionaries and decisions are part of a run's fingerprint. */
final class JobsCopy {

    private JobsCopy() {
    }

    /** A new temporary folder holding the files of jobs/. */
    static Path fresh() {
        try {
            Path copy = Files.createTempDirectory("pubstats-jobs");
            restore(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the files of jobs/ back as they are in the project (files the test added stay). */
    static void restore(Path copy) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
