package org.pubstats.sample;

import java.util.List;

/**
 * One file of the inbox as it will be written: its path below the inbox, its format and sheets,
 * or, for the broken and skipped files, the raw bytes. {@code purpose} is for the expected report.
 */
public record FilePlan(String path, FileFormat format, List<Sheet> sheets, byte[] rawBytes, String purpose,
                       boolean truncated) {

    FilePlan(String path, FileFormat format, List<Sheet> sheets, byte[] rawBytes, String purpose) {
        this(path, format, sheets, rawBytes, purpose, false);
    }

    /** A sheet (a CSV file has exactly one); {@code merges} are {row, firstColumn, lastColumn}, 0-based. */
    public record Sheet(String name, boolean hidden, List<List<Cell>> rows, List<int[]> merges,
                        String dropDownRange, int dropDownColumn, int firstDataRow) {
    }

    static FilePlan raw(String path, byte[] bytes, String purpose) {
        return new FilePlan(path, null, List.of(), bytes, purpose);
    }
}
