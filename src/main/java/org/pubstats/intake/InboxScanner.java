package org.pubstats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Lists the inbox: {@code <inbox>/<department>/<any depth>/<file>}. The inbox is a boundary: links are never
 * followed, names that could lead outside it (backslashes, undecodable bytes) are not resolved, and files are
 * hashed without following links. Every entry that will not be read — a link, a FIFO or device, a hidden file,
 * a hidden folder (once, for all inside), an Office lock file (~$…), a file or folder that cannot be opened, an
 * unsafe name — is listed with its {@link SkipReason}, so nothing is skipped silently and no entry stops the run.
 */
public final class InboxScanner {

    private InboxScanner() {
    }

    public static List<InboxFile> scan(Path inbox) {
        Path root = inbox.toAbsolutePath().normalize();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("收件箱无法打开：" + root, e);
        }
        Visitor visitor = new Visitor(root, realRoot);
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("收件箱无法打开：" + root, e);
        }
        return visitor.listed().stream().sorted(Comparator.comparing(InboxFile::relPath)).toList();
    }

    /**
     * Walks without following links; decides for each entry whether it is read or listed with a reason. A
     * failure on one entry lists that entry; only the inbox folder itself failing stops the scan (an empty
     * listing would withdraw every file).
     */
    static final class Visitor implements FileVisitor<Path> {

        private final Path root;
        private final Path realRoot;
        private final List<InboxFile> listed = new ArrayList<>();

        Visitor(Path root, Path realRoot) {
            this.root = root;
            this.realRoot = realRoot;
        }

        List<InboxFile> listed() {
            return listed;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            SkipReason problem = nameProblem(dir);
            if (problem == null && isHidden(dir)) {
                problem = SkipReason.hiddenFolder();
            }
            if (problem != null) {
                skip(dir, problem);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            SkipReason problem = nameProblem(file);
            if (problem == null) {
                problem = typeProblem(file, attrs);
            }
            if (problem == null && isHidden(file)) {
                problem = SkipReason.hiddenFile();
            }
            if (problem == null && file.getFileName().toString().startsWith("~$")) {
                problem = SkipReason.officeLock();
            }
            if (problem != null) {
                skip(file, problem);
                return FileVisitResult.CONTINUE;
            }
            try {
                String hash = sha256(file);
                listed.add(new InboxFile(relPath(file), file, department(file, true), attrs.size(), hash));
            } catch (IOException e) {
                skip(file, SkipReason.unreadable(e, false));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            if (file.equals(root)) {
                throw exc;
            }
            SkipReason problem = nameProblem(file);
            skip(file, problem != null ? problem : SkipReason.unreadable(exc, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
                if (dir.equals(root)) {
                    throw exc;
                }
                skip(dir, SkipReason.unreadable(exc, true));
            }
            return FileVisitResult.CONTINUE;
        }

        /** A name that must not be resolved again from its text: undecodable, or holding a backslash. */
        private SkipReason nameProblem(Path entry) {
            String name = entry.getFileName().toString();
            if (name.indexOf('\\') >= 0) {
                return SkipReason.backslashName();
            }
            String relPath = relPath(entry);
            try {
                if (!InboxPaths.resolveInside(root, relPath).map(entry::equals).orElse(false)) {
                    return name.equals("..") || name.equals(".") ? SkipReason.outsideInbox() : SkipReason.undecodableName();
                }
            } catch (InvalidPathException e) {
                return SkipReason.undecodableName();
            }
            return null;
        }

        private SkipReason typeProblem(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                String target = null;
                boolean outside = true;
                try {
                    Path link = Files.readSymbolicLink(file);
                    target = link.toString();
                    Path resolved = file.getParent().resolve(link).normalize();
                    outside = !resolved.startsWith(root) && !resolved.startsWith(realRoot);
                } catch (IOException | RuntimeException e) {
                    // the link itself is listed; where it points is only a detail
                }
                return SkipReason.symlink(target, outside);
            }
            if (!attrs.isRegularFile()) {
                return SkipReason.notRegularFile();
            }
            return null;
        }

        private boolean isHidden(Path entry) {
            return entry.getFileName().toString().startsWith(".");
        }

        private void skip(Path entry, SkipReason reason) {
            listed.add(new InboxFile(relPath(entry), entry, department(entry, false), 0, reasonHash(reason), reason));
        }

        private String relPath(Path entry) {
            StringBuilder text = new StringBuilder();
            for (Path name : root.relativize(entry)) {
                if (text.length() > 0) {
                    text.append('/');
                }
                text.append(name);
            }
            return text.toString();
        }

        /**
         * The department folder (the first name below the inbox); a readable file right in the inbox gives its
         * name without extension. Hidden entries and unsafe names never name a department.
         */
        private String department(Path entry, boolean readable) {
            Path relative = root.relativize(entry);
            if (relative.getNameCount() > 1) {
                return relative.getName(0).toString();
            }
            String name = entry.getFileName().toString();
            if (!readable || name.startsWith(".")) {
                return "";
            }
            return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        }
    }

    /** Stands for the reason in the hash column, so an entry listed for the same reason is not registered again. */
    private static String reasonHash(SkipReason reason) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return "skip:" + HexFormat.of().formatHex(digest.digest((reason.code() + " " + reason.message()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(
                Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS),
                MessageDigest.getInstance("SHA-256"))) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
