package org.pubstats.intake.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.UnreadableFileException;

/**
 * Rejects a file with no data as {@code EMPTY_FILE} when it is opened, not after reading it.
 * It reads ahead to the first non-blank row and replays the blank rows before it, so every row
 * is still handed out (the batch counts blank rows as skipped). The look-ahead is bounded: after
 * {@value #LOOK_AHEAD_LIMIT} blank rows the file is taken as non-empty and its rows are simply
 * all blank — counted, never lost, and memory stays flat.
 */
final class NonEmptyCursor implements TableCursor {

    static final int LOOK_AHEAD_LIMIT = 10_000;

    private final TableCursor inner;
    private final Deque<RawRow> readAhead = new ArrayDeque<>();

    private NonEmptyCursor(TableCursor inner) {
        this.inner = inner;
    }

    static TableCursor requireRows(TableCursor inner) throws UnreadableFileException {
        NonEmptyCursor cursor = new NonEmptyCursor(inner);
        try {
            cursor.readAheadToFirstData();
        } catch (UnreadableFileException e) {
            inner.close();
            throw e;
        }
        return cursor;
    }

    private void readAheadToFirstData() throws UnreadableFileException {
        while (readAhead.size() < LOOK_AHEAD_LIMIT) {
            RawRow row = inner.next();
            if (row == null) {
                inner.close();
                throw FileProblem.EMPTY_FILE.exception();
            }
            readAhead.add(row);
            if (!row.isBlank()) {
                return;
            }
        }
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        return readAhead.isEmpty() ? inner.next() : readAhead.poll();
    }

    @Override
    public List<SkippedSheet> skippedSheets() {
        return inner.skippedSheets();
    }

    @Override
    public void close() {
        inner.close();
    }
}
