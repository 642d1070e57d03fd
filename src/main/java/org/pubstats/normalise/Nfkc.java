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
    /** Where chars that NFKC maps to one inert char are looked for: above all the full-width forms. */
    private static final int[][] MAPPED_RANGES = {{0x0000, 0x0300}, {0x2000, 0x2070}, {0x3000, 0x3040}, {0xFF00, 0xFFF0}};
    private static final boolean[] INERT = inertChars();
    /** For a char NFKC turns into one inert char on its own (（ → (, ３ → 3, U+3000 → ' '), that char; else 0. */
    private static final char[] MAPPED = mappedChars();

    private Nfkc() {
    }

    /**
     * The NFKC form. Text of inert chars is its own form. Text of inert chars and chars that NFKC
     * maps to one inert char is mapped char by char: decomposing gives inert chars only, and those
     * do not compose, so that is NFKC too. Anything else goes to {@link Normalizer}.
     */
    static String of(String text) {
        int i = 0;
        while (i < text.length() && INERT[text.charAt(i)]) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (!INERT[c]) {
                char mapped = MAPPED[c];
                if (mapped == 0) {
                    return Normalizer.normalize(text, Normalizer.Form.NFKC);
                }
                chars[i] = mapped;
            }
        }
        return new String(chars);
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
                String alone = String.valueOf((char) c);
                inert[c] = !isMark(c) && !Character.isSurrogate((char) c)
                        && Normalizer.normalize(alone, Normalizer.Form.NFKC).equals(alone);
            }
        }
        return inert;
    }

    private static char[] mappedChars() {
        char[] mapped = new char[0x10000];
        for (int[] range : MAPPED_RANGES) {
            for (int c = range[0]; c < range[1]; c++) {
                if (INERT[c] || Character.isSurrogate((char) c) || isMark(c)) {
                    continue;
                }
                String form = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
                if (form.length() == 1 && INERT[form.charAt(0)] && form.charAt(0) != 0) {
                    mapped[c] = form.charAt(0);
                }
            }
        }
        return mapped;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
