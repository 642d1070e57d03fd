package org.pubstats.intake.format;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's safety limits are static and JVM-wide; they are set here, once, on purpose. The values fit
 * what departments send (lists of at most some ten thousand rows, Excel's own maximum of about a
 * million) while making a hostile file fail fast instead of filling the heap.
 */
final class PoiLimits {

    /** Real sheet XML deflates to 1/10–1/50; a run of repeated bytes deflates to below 1/1000. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Sheets are streamed, but shared strings and styles are held: 1 GB is ~1M rows × 20 columns. */
    static final long MAX_ENTRY_SIZE = 1L << 30;
    /** An xlsx with 200 sheets has ~500 parts; thousands means something else is going on. */
    static final long MAX_FILE_COUNT = 1_000;
    /**
     * Characters POI extracts as text at most: POI's own default and the most it deems safe; the
     * sheets are read by our pull parser, not through POI's text extraction.
     */
    static final long MAX_TEXT_SIZE = 10_485_760;
    /**
     * Largest single byte array POI may allocate; the Workbook stream of a full 65,536-row .xls is
     * well below it, while a forged record length fails at once instead of exhausting the heap.
     */
    static final int BYTE_ARRAY_MAX = 256 * 1024 * 1024;

    /**
     * Largest .xls read: HSSF holds the whole workbook as objects, some 5–10 times the file size.
     * A full 65,536-row sheet of 20 text columns is ~30 MB; the format has no compression, so the
     * file size bounds what is loaded.
     */
    static final long MAX_XLS_BYTES = 64L << 20;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiLimits.class) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
            IOUtils.setByteArrayMaxOverride(BYTE_ARRAY_MAX);
            applied = true;
        }
    }
}
