package org.pubstats.intake.format;

/**
 * Whether bytes are well-formed UTF-8 of characters XML allows: no overlong forms, no encoded
 * surrogates, nothing beyond U+10FFFF, not U+FFFE or U+FFFF. The JDK's decoder would replace such
 * bytes with U+FFFD silently; text taken from an xlsx is checked here first, so that a damaged
 * part fails instead of yielding text nobody wrote.
 */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] bytes, int from, int to) {
        return check(bytes, from, to, true, false);
    }

    /**
     * Whether the JDK's UTF-8 decoder would find no malformed input in these bytes: as
     * {@link #isValid}, but U+FFFE and U+FFFF are characters like any other, and when
     * {@code cutAtEndAllowed} a sequence cut off by the end is not (yet) an error.
     */
    static boolean isWellFormed(byte[] bytes, int from, int to, boolean cutAtEndAllowed) {
        return check(bytes, from, to, false, cutAtEndAllowed);
    }

    private static boolean check(byte[] bytes, int from, int to, boolean xmlCharacters, boolean cutAtEndAllowed) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b < 0xC2 || b > 0xF4) {
                return false; // a continuation byte, an overlong two-byte lead, or beyond U+10FFFF
            }
            int length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            if (i + length > to) {
                return cutAtEndAllowed && cutButPlausible(bytes, i, to, b);
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            int b1 = bytes[i + 1] & 0xFF;
            if (length == 3) {
                if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0)) {
                    return false; // overlong, or a surrogate
                }
                if (xmlCharacters && b == 0xEF && b1 == 0xBF && (bytes[i + 2] & 0xFF) >= 0xBE) {
                    return false; // U+FFFE, U+FFFF
                }
            } else if (length == 4 && ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90))) {
                return false; // overlong, or beyond U+10FFFF
            }
            i += length;
        }
        return true;
    }

    /** The start of a sequence the end cut off: its bytes so far are ones a well-formed sequence can start with. */
    private static boolean cutButPlausible(byte[] bytes, int i, int to, int lead) {
        for (int k = i + 1; k < to; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        if (i + 1 < to) {
            int b1 = bytes[i + 1] & 0xFF;
            if ((lead == 0xE0 && b1 < 0xA0) || (lead == 0xED && b1 >= 0xA0)
                    || (lead == 0xF0 && b1 < 0x90) || (lead == 0xF4 && b1 >= 0x90)) {
                return false;
            }
        }
        return true;
    }
}
