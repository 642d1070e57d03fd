package org.pubstats.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row of one sheet among its first rows (title rows, merged titles and blank rows
 * may stand above it), then hands out the sheet's rows with the column map.
 */
final class SheetLayout {

    static final int HEADER_SEARCH_ROWS = 20;

    private final String sheet;
    private final HeaderSynonyms synonyms;
    private final List<RawRow> beforeHeader = new ArrayList<>();
    private ColumnMap columns;
    private boolean gaveUp;
    private boolean sawContent;
    private RawRow firstUndecodable;

    SheetLayout(String sheet, HeaderSynonyms synonyms) {
        this.sheet = sheet;
        this.synonyms = synonyms;
    }

    String sheet() {
        return sheet;
    }

    ColumnMap columns() {
        return columns;
    }

    boolean headerFound() {
        return columns != null;
    }

    boolean sawContent() {
        return sawContent;
    }

    /** The first row, among those searched for the header, with bytes not valid in the file's encoding; or null. */
    RawRow firstUndecodable() {
        return firstUndecodable;
    }

    /**
     * Takes the next row of the sheet; returns the rows that can now be emitted (the buffered
     * title rows and the header once the header is found, then each row as it comes).
     */
    List<SourceRow> accept(FileRef file, RawRow row) {
        if (!sawContent) {
            sawContent = !row.isBlank();
        }
        if (columns != null) {
            return List.of(new SourceRow(file, columns, row, false));
        }
        if (gaveUp) {
            return List.of();
        }
        if (!row.decodedCleanly() && firstUndecodable == null) {
            firstUndecodable = row;
        }
        // a row that did not decode is never taken as the header: a column name could be garbled
        Optional<ColumnMap> header = Optional.empty();
        if (row.decodedCleanly()) {
            // a returned department form is known by its fixed cells, before any header synonym is tried
            header = DepartmentForm.recognise(beforeHeader, row).map(form -> ColumnMap.form(row.rowNumber(), form));
            if (header.isEmpty()) {
                header = synonyms.asHeader(row);
            }
        }
        if (header.isPresent()) {
            columns = header.get();
            List<SourceRow> out = new ArrayList<>();
            for (RawRow title : beforeHeader) {
                out.add(new SourceRow(file, null, title, false));
            }
            beforeHeader.clear();
            out.add(new SourceRow(file, columns, row, true));
            return out;
        }
        beforeHeader.add(row);
        if (beforeHeader.size() >= HEADER_SEARCH_ROWS) {
            gaveUp = true;
            beforeHeader.clear();
        }
        return List.of();
    }
}
