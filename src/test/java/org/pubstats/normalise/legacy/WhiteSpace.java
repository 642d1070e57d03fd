package org.pubstats.normalise.legacy;

import java.util.regex.Pattern;

/**
 * Every kind of white space a spreadsheet cell can carry. Java's {@code \s} misses the ideographic
 * space (U+3000) and NBSP, and copy-pasted web text brings zero-width spaces and BOMs, which are
 * invisible but would make two equal keys differ.
 */
public final class WhiteSpace {

    private static final Pattern ANY = Pattern.compile("[\\p{IsWhite_Space}\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");

    private WhiteSpace() {
    }

    public static String removeAll(String text) {
        return ANY.matcher(text).replaceAll("");
    }

    /** Runs of white space become one ASCII space, ends trimmed. */
    public static String collapse(String text) {
        return ANY.matcher(text).replaceAll(" ").strip();
    }
}
