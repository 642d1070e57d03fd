package org.pubstats.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** PostgreSQL 17 from zonky's binary bundle on the class path, unpacked once into the home. */
final class PostgresBinaries {

    private static final String BUNDLE = "postgres-linux-x86_64.txz";
    private static final String BUNDLE_VERSION = "17.6.0";

    private PostgresBinaries() {
    }

    /** The folder of the home the binaries are unpacked into. */
    static Path folder(Path home) {
        return home.resolve("postgres-" + BUNDLE_VERSION);
    }

    /** Unpacks the PostgreSQL binaries into the home once; readable and executable by the server user. */
    static Path extract(Path home) throws IOException {
        Path binaries = folder(home);
        Path complete = binaries.resolve(".complete");
        if (Files.exists(complete)) {
            openUp(binaries); // older pubstats left the folder 0700
            return binaries;
        }
        try (DirectoryStream<Path> killed = Files.newDirectoryStream(home, "postgres-unpack*")) {
            for (Path leftover : killed) { // an unpacking that was interrupted
                WarehouseHome.deleteTree(leftover);
            }
        }
        Path staging = Files.createTempDirectory(home, "postgres-unpack");
        try (InputStream bundle = PostgresBinaries.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (bundle == null) {
                throw new IOException("the PostgreSQL binaries (" + BUNDLE + ") are not on the class path");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(bundle))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                    }
                }
            }
        }
        Files.writeString(staging.resolve(".complete"), BUNDLE_VERSION);
        openUp(staging);
        if (Files.exists(binaries)) {
            WarehouseHome.deleteTree(binaries);
        }
        Files.move(staging, binaries);
        return binaries;
    }

    /** Folders of the binaries 0755, so the server user can reach them. */
    private static void openUp(Path binaries) throws IOException {
        Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
        if (Files.getPosixFilePermissions(binaries).equals(open)) {
            return;
        }
        try (var paths = Files.walk(binaries)) {
            for (Path p : paths.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(p, open);
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            set.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return set;
    }
}
