package org.pubstats.report;

/**
 * What a list sheet (the feedback sheets, the review list) writes: rows from top to bottom, columns declared
 * first, text in the workbook's few styles. Written by {@link SheetWriter} into a POI workbook, or by
 * {@link XlsxStream} straight into a file.
 */
interface SheetOut {

    /** Column widths in characters (a CJK character counts two); declared before any text. */
    void columns(int... chars);

    /** A heading row across the given columns. */
    void title(int row, int lastCol, String value);

    void header(int row, int col, String value);

    /** Text from the data: always a text cell, never a formula. */
    void text(int row, int col, String value);

    void number(int row, int col, long value);

    void decimal(int row, int col, double value);

    /** A note below a table, merged across its columns so it wraps instead of running off the page. */
    void note(int row, int lastCol, String value);

    /** A4, fitted to the page's width; the first {@code headerRows} rows repeated on every page. */
    void printable(boolean landscape, int headerRows);
}
