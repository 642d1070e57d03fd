package org.pubstats.intake;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The inbox is a boundary: a path relative to the inbox ({@code 部门/子文件夹/文件.xlsx}, '/' between names) is
 * resolved only when every name in it is a plain name (no {@code ..}, no {@code .}, no backslash, not absolute),
 * and a file is opened only when, at that moment, it is a regular file that is not a link and whose real path
 * lies inside the inbox's real path.
 */
public final class InboxPaths {

    private InboxPaths() {
    }

    /** {@code inbox/relPath} when relPath stays inside the inbox by its names alone; empty otherwise. */
    public static Optional<Path> resolveInside(Path inbox, String relPath) {
        if (relPath == null || relPath.isEmpty() || relPath.startsWith("/") || relPath.indexOf('\\') >= 0
                || relPath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path root = inbox.toAbsolutePath().normalize();
        Path path = root;
        for (String name : relPath.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return Optional.empty();
            }
            try {
                path = path.resolve(name);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return path.normalize().startsWith(root) && !path.equals(root) ? Optional.of(path) : Optional.empty();
    }

    /**
     * The file to open for {@code relPath}, checked at open time: inside the inbox by name, not a link, a regular
     * file, and its real path inside the inbox's real path (no folder on the way leads elsewhere).
     */
    public static Path checkedForReading(Path inbox, String relPath) throws UnreadableFileException {
        Path file = resolveInside(inbox, relPath).orElseThrow(() -> refused(
                relPath.indexOf('\\') >= 0 ? SkipReason.backslashName() : SkipReason.outsideInbox()));
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw refused(SkipReason.unreadable(e, false));
        }
        if (attributes.isSymbolicLink()) {
            throw refused(SkipReason.symlink(null, false));
        }
        if (!attributes.isRegularFile()) {
            throw refused(SkipReason.notRegularFile());
        }
        try {
            Path realInbox = inbox.toRealPath();
            if (!file.toRealPath().startsWith(realInbox)) {
                throw refused(SkipReason.outsideInbox());
            }
        } catch (IOException e) {
            throw refused(SkipReason.unreadable(e, false));
        }
        return file;
    }

    private static UnreadableFileException refused(SkipReason reason) {
        return new UnreadableFileException(reason.reason(), reason.message());
    }
}
