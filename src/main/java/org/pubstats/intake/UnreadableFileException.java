package org.pubstats.intake;

/** The file as a whole cannot be read; carries a stable reason code and a message for the office. */
public class UnreadableFileException extends Exception {

    private final ReasonCode reason;

    public UnreadableFileException(ReasonCode reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableFileException(ReasonCode reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The stable code, e.g. {@code UNREADABLE_FILE}, {@code EMPTY_FILE}, {@code NO_HEADER}. */
    public String reason() {
        return reason.code();
    }

    public ReasonCode reasonCode() {
        return reason;
    }
}
