package org.pubstats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the inbox: {@code <inbox>/<department>/<any depth>/<file>}. Hidden files and Office lock
 * files (~$…) are left out; everything else is listed, readable or not, so nothing is skipped silently.
 */
public final class InboxScanner {

    private InboxScanner() {
    }

    public static List<InboxFile> scan(Path inbox) {
        try (Stream<Path> paths = Files.walk(inbox)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isNoise(inbox.relativize(p)))
                    .map(p -> describe(inbox, p))
                    .sorted(java.util.Comparator.comparing(InboxFile::relPath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }

    private static boolean isNoise(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private static InboxFile describe(Path inbox, Path file) {
        Path relative = inbox.relativize(file);
        String relPath = relative.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        String department = relative.getNameCount() > 1
                ? relative.getName(0).toString()
                : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        try {
            return new InboxFile(relPath, file, department, Files.size(file), sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
