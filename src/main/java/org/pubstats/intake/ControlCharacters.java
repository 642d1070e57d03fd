package org.pubstats.intake;

/**
 * Removes what no text value may carry into the warehouse: NUL and the other C0 controls, the C1
 * controls, lone surrogates and the noncharacters U+FFFE/U+FFFF. PostgreSQL refuses NUL outright
 * ({@code invalid byte sequence for encoding "UTF8": 0x00}), and the others are never meant as
 * text — they come from binary junk, broken exports or copy-paste. Tab, line feed and carriage
 * return stay (they are white space the normaliser handles); vertical tab, form feed and NEL
 * (U+0085), which some exports write for a line break inside a cell, become a line feed.
 *
 * <p>Every value a reader produces passes through here once, in {@link RawRow}.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text without control characters; the same instance when there is nothing to remove. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToChange(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\u000B' || c == '\u000C' || c == '\u0085') {
                out.append('\n');
            } else if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #strip} would change the text. */
    public static boolean present(String text) {
        return text != null && firstToChange(text) >= 0;
    }

    private static int firstToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800)) {
                continue; // printable ASCII, Latin-1 and the rest of the BMP up to the surrogates (CJK): the bulk of all text
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (removed(c) || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                return i;
            }
        }
        return -1;
    }

    /** A char (not part of a valid surrogate pair) that is dropped. */
    private static boolean removed(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
