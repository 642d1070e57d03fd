package org.pubstats.intake;

import java.nio.file.Path;

/** A file the load step must read, with where it lies on disk. */
public record PlannedFile(FileRef ref, Path path) {
}
