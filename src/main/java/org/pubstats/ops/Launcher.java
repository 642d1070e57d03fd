package org.pubstats.ops;

/** Placeholder, replaced by the command-line entry point. */
public final class Launcher {
    private Launcher() {
    }

    public static int launch(String[] args) {
        return 0;
    }
}
