package org.pubstats.intake.format;

import java.util.List;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor.SkippedSheet;

/**
 * What a format implementation provides: rows in order, free to throw anything on bad input.
 * {@link GuardedCursor} turns those failures into {@code UnreadableFileException}s.
 */
interface RowSource extends AutoCloseable {

    RawRow next() throws Exception;

    List<SkippedSheet> skippedSheets();

    @Override
    void close() throws Exception;

    @FunctionalInterface
    interface Opener {
        RowSource open() throws Exception;
    }
}
