package org.pubstats.intake;

import java.util.List;

/**
 * One physical row of a sheet, as text. {@code rowNumber} is 1-based as Excel or a text editor
 * shows it. Date-formatted Excel cells arrive as ISO text ({@code 2018-03-05} or
 * {@code 2018-03-05T10:30}); plain numeric cells as their shortest decimal text ({@code 43165}).
 * Every reader's values pass through here: control characters (NUL, C0, C1, lone surrogates) are
 * removed from the cells and the sheet name ({@link ControlCharacters}), so none reaches the warehouse.
 */
public record RawRow(String sheet, int rowNumber, List<String> cells) {

    public RawRow {
        sheet = ControlCharacters.strip(sheet);
        cells = List.copyOf(cells.stream().map(c -> c == null ? "" : ControlCharacters.strip(c)).toList());
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
