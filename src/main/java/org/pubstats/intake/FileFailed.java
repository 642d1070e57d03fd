package org.pubstats.intake;

/** The file could not be read as a whole; what it contributed so far is discarded. */
public record FileFailed(FileRef file, String reason, String message) implements IntakeRecord {
}
