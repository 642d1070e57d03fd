package org.pubstats.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which canonical field in one sheet, found from its header row.
 * {@code headerRow} is the 1-based number of that row.
 */
public record ColumnMap(Kind kind, int headerRow, Map<Field, Integer> columns) {

    public enum Kind { ITEMS, REQUESTS }

    public ColumnMap {
        // an EnumMap looks a field up by its ordinal: this runs for every field of every row
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    public Optional<String> value(RawRow row, Field field) {
        Integer index = columns.get(field);
        if (index == null) {
            return Optional.empty();
        }
        String text = row.cell(index).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
