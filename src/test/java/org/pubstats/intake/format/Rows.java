package org.pubstats.intake.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

/** Reads a whole file through a format, for assertions. */
record Rows(List<RawRow> rows, List<TableCursor.SkippedSheet> skipped) {

    static Rows read(TableFormat format, Path file) throws UnreadableFileException {
        try (TableCursor cursor = format.open(file)) {
            List<RawRow> rows = new ArrayList<>();
            for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            return new Rows(rows, cursor.skippedSheets());
        }
    }

    RawRow row(String sheet, int rowNumber) {
        return rows.stream()
                .filter(r -> r.sheet().equals(sheet) && r.rowNumber() == rowNumber)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + sheet + "!" + rowNumber + " in " + rows));
    }

    List<String> cells(String sheet, int rowNumber) {
        return row(sheet, rowNumber).cells();
    }

    List<String> positions() {
        return rows.stream().map(r -> r.sheet() + "!" + r.rowNumber()).toList();
    }
}
