package org.pubstats.normalise;

/**
 * Every kind of white space a spreadsheet cell can carry. Java's {@code \s} misses the ideographic
 * space (U+3000) and NBSP, and copy-pasted web text brings zero-width spaces and BOMs, which are
 * invisible but would make two equal keys differ.
 *
 * <p>The set is Unicode's White_Space property (what {@code \p{IsWhite_Space}} matches) plus
 * U+200B, U+200C, U+200D, U+2060 and U+FEFF; all of it lies in the BMP. It is tested by a scan, not
 * a regular expression: these methods run on every value of every row.
 */
final class WhiteSpace {

    private WhiteSpace() {
    }

    static boolean is(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
    }

    static boolean containsAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String removeAll(String text) {
        int first = firstIn(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Runs of white space become one ASCII space, ends trimmed (by {@link String#strip}). */
    static String collapse(String text) {
        int first = firstIn(text);
        if (first < 0) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        boolean inRun = false;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (is(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().strip();
    }

    private static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
