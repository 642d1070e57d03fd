package org.pubstats.intake;

import java.io.Closeable;
import java.util.List;

/**
 * Reads one file row by row across all its visible sheets, without holding the file in memory.
 * Implementations throw {@link UnreadableFileException} when the file as a whole cannot be read.
 */
public interface TableCursor extends Closeable {

    /** The next row of any visible sheet, in sheet order, or {@code null} at the end. */
    RawRow next() throws UnreadableFileException;

    /** Sheets that were not read (hidden sheets), with why; complete once {@link #next()} returned null. */
    List<SkippedSheet> skippedSheets();

    @Override
    void close();

    record SkippedSheet(String name, String why) {}
}
