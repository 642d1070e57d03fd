package org.pubstats.intake.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the cells of one row by column position, filling gaps with "". Trailing empty cells
 * are dropped in every format, so a blank row is always an empty list whether the file wrote it
 * as no cells (xlsx), styled empty cells (xls) or a line of separators (CSV).
 */
final class RowCells {

    private final List<String> cells = new ArrayList<>();

    void put(int column, String text) {
        while (cells.size() < column) {
            cells.add("");
        }
        if (column < cells.size()) {
            cells.set(column, text);
        } else {
            cells.add(text);
        }
    }

    void add(String text) {
        cells.add(text);
    }

    List<String> build() {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
