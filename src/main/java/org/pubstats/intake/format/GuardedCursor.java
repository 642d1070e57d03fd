package org.pubstats.intake.format;

import java.util.List;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.UnreadableFileException;

/**
 * A cursor that lets nothing but {@link UnreadableFileException} escape: parsers throw all kinds of
 * runtime exceptions (and, on hostile input, errors) that the batch must see as "file rejected".
 * After a failure the source is closed and the cursor stays at its end.
 */
final class GuardedCursor implements TableCursor {

    private final RowSource source;
    private boolean finished;

    GuardedCursor(RowSource source) {
        this.source = source;
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        if (finished) {
            return null;
        }
        try {
            RawRow row = source.next();
            if (row == null) {
                finished = true;
            }
            return row;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            finished = true;
            close();
            throw FileProblem.from(e);
        }
    }

    @Override
    public List<SkippedSheet> skippedSheets() {
        return List.copyOf(source.skippedSheets());
    }

    @Override
    public void close() {
        closeQuietly(source);
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception | Error ignored) {
            // Closing after a read failure: the failure already reported is the one that matters.
        }
    }
}
