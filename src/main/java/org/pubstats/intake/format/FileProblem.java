package org.pubstats.intake.format;

import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.pubstats.intake.UnreadableFileException;

/**
 * Why a whole file cannot be read: a stable reason code for automation and a sentence the
 * disclosure office can act on.
 */
public enum FileProblem {
    UNREADABLE_FILE("文件已损坏或不是有效的表格文件，无法读取，请用Excel打开检查后重新另存"),
    ENCRYPTED_FILE("文件设有密码保护，无法读取，请取消密码后重新报送"),
    EMPTY_FILE("文件为空，没有任何数据行"),
    SUSPICIOUS_FILE("文件结构异常（解压后体积异常巨大），疑似恶意文件，已拒绝读取"),
    /** Read, but the database refused one of its values; recorded by the writer (warehouse.IntakeWriter). */
    DATABASE_REFUSED("文件中有数据库无法保存的内容，整个文件未采用，请检查后重新报送"),
    TOO_LARGE("文件内容过大，超出了可以安全读取的范围，请拆分成几个较小的文件后重新报送"),
    BAD_ENCODING("文件的文字编码无法识别，请另存为UTF-8或GBK编码的CSV文件后重新报送");

    private final String message;

    FileProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    UnreadableFileException exception() {
        return new UnreadableFileException(name(), message);
    }

    UnreadableFileException exception(String specificMessage, Throwable cause) {
        return new UnreadableFileException(name(), specificMessage, cause);
    }

    UnreadableFileException exception(Throwable cause) {
        return new UnreadableFileException(name(), message, cause);
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
