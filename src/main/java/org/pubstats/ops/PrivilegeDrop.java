package org.pubstats.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL will not run as root. As root we run its programs in a user namespace where we are
 * {@code nobody} (files stay root's outside, so any folder root can use works); where user
 * namespaces are not allowed, as the real {@code nobody}, handing the data folder over to it.
 */
final class PrivilegeDrop {

    private static final List<String> USER_NAMESPACE =
            List.of("unshare", "--user", "--map-user=65534", "--map-group=65534", "--");
    private static final List<String> NOBODY =
            List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");

    private static List<String> chosen;

    private PrivilegeDrop() {
    }

    static synchronized List<String> prefix() {
        if (chosen == null) {
            chosen = !isRoot() ? List.of() : works(USER_NAMESPACE) ? USER_NAMESPACE : NOBODY;
        }
        return chosen;
    }

    /** Gives the folder to nobody when that is how the server runs; otherwise nothing to do. */
    static void handOver(Path folder) throws IOException {
        if (prefix() != NOBODY) {
            return;
        }
        Process chown = new ProcessBuilder("chown", "-R", "65534:65534", folder.toString()).inheritIO().start();
        try {
            if (chown.waitFor() != 0) {
                throw new IOException("cannot hand " + folder + " over to nobody");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean works(List<String> prefix) {
        try {
            List<String> probe = new java.util.ArrayList<>(prefix);
            probe.add("true");
            return new ProcessBuilder(probe).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
