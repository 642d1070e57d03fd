package org.pubstats.intake;

import java.nio.file.Path;

/**
 * An entry found in the inbox: its path relative to the inbox (its identity, '/' between names), folder
 * department and content hash; {@code skip} is why it is not read (then size is 0 and the hash stands for the
 * reason, so an unchanged reason is not registered again), or null for a file to read.
 */
public record InboxFile(String relPath, Path path, String department, long size, String sha256, SkipReason skip) {

    public InboxFile(String relPath, Path path, String department, long size, String sha256) {
        this(relPath, path, department, size, sha256, null);
    }

    public boolean readable() {
        return skip == null;
    }
}
