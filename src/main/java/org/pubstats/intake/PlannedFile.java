package org.pubstats.intake;

import java.nio.file.Path;

/**
 * A file the load step must read: its warehouse version and the inbox it lies in. The file is found again at
 * open time through {@link InboxPaths#checkedForReading}, never by resolving the stored path blindly.
 */
public record PlannedFile(FileRef ref, Path inbox) {

    /** The file on disk, proven inside the inbox, a regular file and not a link, right now. */
    public Path checkedPath() throws UnreadableFileException {
        return InboxPaths.checkedForReading(inbox, ref.relPath());
    }
}
