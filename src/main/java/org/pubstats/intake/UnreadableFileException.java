package org.pubstats.intake;

/** The file as a whole cannot be read; carries a stable reason code and a message for the office. */
public class UnreadableFileException extends Exception {

    private final String reason;

    public UnreadableFileException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableFileException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Stable code such as {@code UNREADABLE_FILE}, {@code EMPTY_FILE}, {@code NO_HEADER}. */
    public String reason() {
        return reason;
    }
}
