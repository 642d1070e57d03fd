package org.pubstats.intake;

/**
 * A row as read, with the column map of its sheet. {@code columns} is null for rows above the
 * header (title rows); {@code header} marks the header row itself.
 */
public record SourceRow(FileRef file, ColumnMap columns, RawRow raw, boolean header) implements IntakeRecord {
}
