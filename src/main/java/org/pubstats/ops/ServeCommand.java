package org.pubstats.ops;

/**
 * What {@code serve} does once the web application is up: implemented by the console package, which comes after
 * {@code ops} and so cannot be named here; the launcher finds it as a bean.
 */
public interface ServeCommand {

    /** Runs until the process is stopped (Ctrl+C, a signal); the exit status. */
    int serve(ServeOptions options) throws Exception;
}
