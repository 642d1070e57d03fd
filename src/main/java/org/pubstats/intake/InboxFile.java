package org.pubstats.intake;

import java.nio.file.Path;

/** A file found in the inbox: its path relative to the inbox (its identity), folder department and content hash. */
public record InboxFile(String relPath, Path path, String department, long size, String sha256) {
}
