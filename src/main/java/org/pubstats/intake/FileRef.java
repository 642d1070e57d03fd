package org.pubstats.intake;

/** An inbox file version being loaded: its warehouse id, path relative to the inbox, folder department. */
public record FileRef(long fileId, String relPath, String folderDepartment) {
}
