package org.pubstats.intake;

import java.util.List;

/** The reader reached the end of a file: how many rows it read and which sheets it passed over. */
public record FileEnd(FileRef file, ColumnMap.Kind kind, int rowsRead, int sheetsRead,
                      List<TableCursor.SkippedSheet> skippedSheets) implements IntakeRecord {
}
