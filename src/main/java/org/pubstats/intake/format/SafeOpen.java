package org.pubstats.intake.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.UnreadableFileException;

/** The one way every format opens a file: empty-file check, failure translation, data check. */
final class SafeOpen {

    private SafeOpen() {
    }

    static TableCursor open(Path file, RowSource.Opener opener) throws UnreadableFileException {
        requireBytes(file);
        RowSource source;
        try {
            source = opener.open();
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw FileProblem.from(e);
        }
        return NonEmptyCursor.requireRows(new GuardedCursor(source));
    }

    private static void requireBytes(Path file) throws UnreadableFileException {
        try {
            if (Files.size(file) == 0) {
                throw FileProblem.EMPTY_FILE.exception();
            }
        } catch (IOException e) {
            throw FileProblem.UNREADABLE_FILE.exception("文件无法打开：" + e.getMessage(), e);
        }
    }
}
