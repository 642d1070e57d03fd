package org.pubstats.normalise;

import java.text.Normalizer;

/**
 * NFKC (full-width to half-width, compatibility forms unified), skipped for text that it cannot
 * change: most cells are ASCII and common CJK, and {@link Normalizer} copies every string it is
 * given even when it is already normalised.
 *
 * <p>A string is left as it is when all of its chars are "inert": characters NFKC keeps as they
 * are on their own, that are not combining marks (nor Hangul jamo, which are outside the ranges
 * looked at). Such a char cannot compose with its neighbours, so a string of them is its own NFKC
 * form. The inert chars are found at start-up by asking {@link Normalizer} itself, over the
 * ranges where a county's text lives: Latin, general punctuation, CJK punctuation and the CJK
 * ideographs.
 */
final class Nfkc {

    private static final int[][] RANGES = {{0x0000, 0x0300}, {0x2000, 0x2070}, {0x3000, 0x3040}, {0x4E00, 0xA000}};
    private static final boolean[] INERT = inertChars();

    private Nfkc() {
    }

    static String of(String text) {
        return isInert(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static boolean isInert(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!INERT[text.charAt(i)]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] inertChars() {
        boolean[] inert = new boolean[0x10000];
        for (int[] range : RANGES) {
            for (int c = range[0]; c < range[1]; c++) {
                int type = Character.getType(c);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                String alone = String.valueOf((char) c);
                inert[c] = !mark && !Character.isSurrogate((char) c)
                        && Normalizer.normalize(alone, Normalizer.Form.NFKC).equals(alone);
            }
        }
        return inert;
    }
}
