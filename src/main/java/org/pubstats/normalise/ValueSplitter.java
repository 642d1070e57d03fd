package org.pubstats.normalise;

import java.util.Arrays;
import java.util.List;

/** Splits multi-valued cells (channels, categories) on 、 , ， ; ； / and line breaks. */
public final class ValueSplitter {

    private ValueSplitter() {
    }

    public static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[、,，;；/\\r\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
