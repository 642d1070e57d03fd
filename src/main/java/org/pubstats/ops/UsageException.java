package org.pubstats.ops;

/** Bad command-line arguments: one line for the user, exit status 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
