package org.pubstats.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which canonical field in one sheet, found from its header row.
 * {@code headerRow} is the 1-based number of that row. A returned department form ({@link DepartmentForm}) is
 * kind {@code FORM}, with no fields and its department and year in {@code form} (null for every other kind).
 */
public record ColumnMap(Kind kind, int headerRow, Map<Field, Integer> columns, DepartmentForm.Header form) {

    public enum Kind { ITEMS, REQUESTS, FORM }

    public ColumnMap {
        // an EnumMap looks a field up by its ordinal: this runs for every field of every row
        columns = columns.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    public ColumnMap(Kind kind, int headerRow, Map<Field, Integer> columns) {
        this(kind, headerRow, columns, null);
    }

    /** The header of a returned department form. */
    static ColumnMap form(int headerRow, DepartmentForm.Header form) {
        return new ColumnMap(Kind.FORM, headerRow, Map.of(), form);
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
