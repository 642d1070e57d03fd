package org.pubstats.intake.format;

/**
 * How large an xlsx may be, checked on the zip's central directory before any row is read
 * ({@link XlsxArchive}) and again while parts are inflated (declared sizes can lie).
 *
 * <p>Measured on generated sheet XML (deflate level 6): a realistic 200,000-row sheet (numbers,
 * shared-string indexes, dates) compresses to 15% of its size, 200,000 rows of styled empty cells
 * to 7.5%, even 200,000 identical rows to 5% (the row numbers differ). Only padding — runs of the
 * same bytes — goes below 1%. A real shared-string table (unique strings) compresses to 30–50%.
 *
 * @param maxTotalBytes       all parts together, uncompressed (declared)
 * @param maxPartBytes        one part: a sheet XML of 1,048,576 rows × 10 columns is ~400 MB
 * @param maxXmlPartBytes     any other XML part (styles, workbook, relationships): these are
 *                            parsed whole; real ones are below a few MB
 * @param minRatio            compressed / uncompressed below which a part that is read (sheets,
 *                            shared strings, styles, workbook, relationships) is a zip bomb …
 * @param ratioCheckedAbove   … when it is larger than this (small parts may be all padding)
 * @param maxSharedStringChars characters in the shared-string table: 100 million is ~200 MB as
 *                            Java strings, some 50 characters in each of 2 million cells
 * @param maxSharedStrings    strings in it: each costs ~50 bytes beside its characters
 */
record XlsxLimits(long maxTotalBytes, long maxPartBytes, long maxXmlPartBytes, double minRatio,
                  long ratioCheckedAbove, long maxSharedStringChars, int maxSharedStrings) {

    static final XlsxLimits STANDARD = new XlsxLimits(
            1L << 30, 512L << 20, 64L << 20, 0.03, 4L << 20, 100_000_000L, 5_000_000);
}
