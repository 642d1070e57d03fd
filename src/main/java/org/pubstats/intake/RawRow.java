package org.pubstats.intake;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One physical row of a sheet, as text. {@code rowNumber} is 1-based as Excel or a text editor
 * shows it. Date-formatted Excel cells arrive as ISO text ({@code 2018-03-05} or
 * {@code 2018-03-05T10:30}); plain numeric cells as their shortest decimal text ({@code 43165}).
 * Every reader's values pass through here: control characters (NUL, C0, C1, lone surrogates) are
 * removed from the cells and the sheet name ({@link ControlCharacters}), so none reaches the warehouse.
 *
 * @param undecodable null for a row read cleanly; else why (some of) its bytes are not text in the
 *                    file's encoding — its cells then show those bytes as {@code \xB1} escapes
 *                    and the row must not be used (it is rejected as {@code BAD_ENCODING})
 */
public record RawRow(String sheet, int rowNumber, List<String> cells, String undecodable) {

    public RawRow {
        sheet = ControlCharacters.strip(sheet);
        String[] clean = new String[cells.size()];
        int i = 0;
        for (String cell : cells) {
            clean[i++] = cell == null ? "" : ControlCharacters.strip(cell);
        }
        cells = Collections.unmodifiableList(Arrays.asList(clean)); // a private copy, not copied again: one per row
    }

    public RawRow(String sheet, int rowNumber, List<String> cells) {
        this(sheet, rowNumber, cells, null);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        if (undecodable != null) {
            return false;
        }
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public boolean decodedCleanly() {
        return undecodable == null;
    }
}
