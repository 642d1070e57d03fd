package org.pubstats.intake;

import java.nio.file.Path;

/** A file format pubstats can read (CSV, xlsx, xls …). */
public interface TableFormat {

    /** Whether this format reads files with this (lower-case) extension, e.g. {@code "csv"}. */
    boolean handles(String extension);

    TableCursor open(Path file) throws UnreadableFileException;
}
