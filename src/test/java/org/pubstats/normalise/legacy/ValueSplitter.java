package org.pubstats.normalise.legacy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits multi-valued cells (channels, categories) on 、 , ， ; ； / and line breaks (design.md §2.2),
 * also their full-width and small forms. White space alone does not separate values: "LED 屏"
 * is one value.
 */
public final class ValueSplitter {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／﹑﹐﹔\\r\\n\\u2028\\u2029]+");

    private ValueSplitter() {
    }

    /** The values in order of appearance, trimmed, without blanks or repeats. */
    public static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(cell))
                .map(WhiteSpace::collapse)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
