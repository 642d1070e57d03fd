package org.pubstats.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits multi-valued cells (channels, categories) on 、 , ， ; ； / and line breaks (design.md §2.2),
 * also their full-width and small forms. White space alone does not separate values: "LED 屏"
 * is one value.
 */
public final class ValueSplitter {

    private static final String SEPARATORS = "、,，;；/／﹑﹐﹔\r\n\u2028\u2029";

    private ValueSplitter() {
    }

    /** The values in order of appearance, trimmed, without blanks or repeats. */
    public static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || SEPARATORS.indexOf(cell.charAt(i)) >= 0) {
                if (i > start) {
                    String value = WhiteSpace.collapse(cell.substring(start, i));
                    if (!value.isEmpty() && !values.contains(value)) {
                        values.add(value);
                    }
                }
                start = i + 1;
            }
        }
        return List.copyOf(values);
    }
}
