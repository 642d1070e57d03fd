package org.pubstats.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL will not run as root, and a server whose real uid is root lets anyone who logs in as
 * its superuser run programs as root ({@code COPY … TO PROGRAM}). As root we therefore run its
 * programs as the real {@code nobody} (uid and gid 65534, no supplementary groups) with
 * {@code setpriv}, and hand the folders it writes over to that user. A non-root user runs them as
 * themselves.
 */
final class PrivilegeDrop {

    static final int SERVER_UID = 65534;
    static final int SERVER_GID = 65534;

    private static final List<String> NOBODY = List.of("setpriv", "--reuid=" + SERVER_UID, "--regid=" + SERVER_GID,
            "--clear-groups", "--");

    private static List<String> chosen;

    private PrivilegeDrop() {
    }

    /** The command prefix that runs a PostgreSQL program as the server user. */
    static synchronized List<String> prefix() {
        if (chosen == null) {
            if (!isRoot()) {
                chosen = List.of();
            } else if (works(NOBODY)) {
                chosen = NOBODY;
            } else {
                throw new IllegalStateException("以 root 运行时需要 setpriv（util-linux）让内置数据库以 nobody 身份运行；"
                        + "请安装 util-linux，或以普通用户运行，或设置 SPRING_DATASOURCE_URL 使用其他数据库。");
            }
        }
        return chosen;
    }

    /** Gives the folder and everything in it to the server user (as root; otherwise it is ours already). */
    static void handOver(Path folder) throws IOException {
        if (!isRoot()) {
            return;
        }
        Process chown = new ProcessBuilder("chown", "-R", SERVER_UID + ":" + SERVER_GID, folder.toString())
                .redirectErrorStream(true).start();
        try {
            String output = new String(chown.getInputStream().readAllBytes());
            if (chown.waitFor() != 0) {
                throw new IOException("cannot hand " + folder + " over to the server user: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Makes one file the server user's (as root). */
    static void own(Path file) throws IOException {
        if (isRoot()) {
            Files.setAttribute(file, "unix:uid", SERVER_UID);
            Files.setAttribute(file, "unix:gid", SERVER_GID);
        }
    }

    static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean works(List<String> prefix) {
        try {
            List<String> probe = new ArrayList<>(prefix);
            probe.add("true");
            return new ProcessBuilder(probe).redirectErrorStream(true).directory(Path.of("/").toFile())
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
