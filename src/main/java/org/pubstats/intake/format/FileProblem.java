package org.pubstats.intake.format;

import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.pubstats.intake.ReasonCode;
import org.pubstats.intake.UnreadableFileException;

/**
 * Why a whole file cannot be read, as a format reader finds it: the file-level codes of {@link ReasonCode}
 * (which holds the code and the sentence the disclosure office can act on), and the translation of whatever a
 * parser threw into one of them.
 */
public enum FileProblem {
    UNREADABLE_FILE, ENCRYPTED_FILE, EMPTY_FILE, SUSPICIOUS_FILE, DATABASE_REFUSED, TOO_LARGE, BAD_ENCODING;

    /** The code and the office's sentence live in {@link ReasonCode}; this is the subset a format reader raises. */
    public ReasonCode code() {
        return ReasonCode.valueOf(name());
    }

    public String message() {
        return code().advice();
    }

    UnreadableFileException exception() {
        return new UnreadableFileException(code(), message());
    }

    UnreadableFileException exception(String specificMessage, Throwable cause) {
        return new UnreadableFileException(code(), specificMessage, cause);
    }

    UnreadableFileException exception(Throwable cause) {
        return new UnreadableFileException(code(), message(), cause);
    }

    /** Turns whatever a parser threw on bad input into the problem the office is told about. */
    static UnreadableFileException from(Throwable failure) {
        if (failure instanceof UnreadableFileException known) {
            return known;
        }
        if (failure instanceof OutOfMemoryError) {
            return UNREADABLE_FILE.exception("文件过大或结构异常，读取时内存不足，无法读取", failure);
        }
        for (Throwable t = failure; t != null; t = causeOf(t)) {
            if (t instanceof RefusedPart refused) {
                return refused.problem();
            }
            if (t instanceof UnreadableFileException known) {
                return known;
            }
        }
        for (Throwable t = failure; t != null; t = causeOf(t)) {
            if (t instanceof EncryptedDocumentException) {
                return ENCRYPTED_FILE.exception(failure);
            }
            if (exceedsPoiLimits(t.getMessage())) {
                return SUSPICIOUS_FILE.exception(failure);
            }
        }
        return UNREADABLE_FILE.exception(failure);
    }

    /** The next cause, also through StAX's nested exception. */
    private static Throwable causeOf(Throwable t) {
        Throwable next = t instanceof XMLStreamException xml && xml.getNestedException() != null
                ? xml.getNestedException() : t.getCause();
        return next == t ? null : next;
    }

    /** POI reports its zip-bomb and allocation limits only through the message text. */
    private static boolean exceedsPoiLimits(String message) {
        return message != null && (message.contains("Zip bomb detected")
                || message.contains("potentially malicious")
                || message.contains("maximum length for this record type")
                || message.contains("exceeds the maximum"));
    }
}
