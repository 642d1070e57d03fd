package org.pubstats.intake.format;

import java.util.Arrays;
import java.util.List;

/**
 * Collects the cells of one row by column position, filling gaps with "". Trailing empty cells
 * are dropped in every format, so a blank row is always an empty list whether the file wrote it
 * as no cells (xlsx), styled empty cells (xls) or a line of separators (CSV). One instance serves
 * all the rows of a file ({@link #clear}).
 */
final class RowCells {

    private String[] cells = new String[16];
    private int size;

    void clear() {
        size = 0;
    }

    void put(int column, String text) {
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(cells.length * 2, column + 1));
        }
        while (size < column) {
            cells[size++] = "";
        }
        cells[column] = text;
        if (column == size) {
            size++;
        }
    }

    void add(String text) {
        put(size, text);
    }

    /** The row's cells, a copy: this collector goes on to the next row. */
    List<String> build() {
        int end = size;
        while (end > 0 && cells[end - 1].isEmpty()) {
            end--;
        }
        return Arrays.asList(Arrays.copyOf(cells, end));
    }
}
