package org.pubstats.sample;

import java.util.List;

/**
 * How a department sends its list: its template's columns, how it splits the year into files,
 * and the file formats it uses (one per file of the scheme, repeated if fewer are given).
 */
public record DeptProfile(Department dept, Columns columns, Scheme scheme, List<FileFormat> formats) {

    public enum Scheme {
        /** one file for the year */
        SINGLE,
        /** 1–6月 and 7–12月 */
        HALVES,
        /** one workbook, a sheet per quarter and a hidden sheet of drop-down lists */
        QUARTER_SHEETS,
        /** twelve monthly files */
        MONTHLY,
        /** a 1–6月 file and then a whole-year file that repeats the first half */
        CUMULATIVE
    }

    /** Whether every file format of this department can hold a line break inside a cell. */
    boolean allowsLineBreaks() {
        return formats.stream().allMatch(FileFormat::allowsLineBreaks);
    }
}
