package org.pubstats.intake.format;

import java.util.HashMap;
import java.util.Map;

/**
 * Guesses the field separator — comma, tab or semicolon — from the first lines of a text file:
 * counting each outside quotes per line, the separator whose count is the same on the most lines
 * wins (a title line above the header has none, a data line with a comma in a quoted title does
 * not disturb the count). Ties go to the larger count, then to the comma.
 */
final class CsvDelimiter {

    static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int LINES_TO_LOOK_AT = 30;

    private CsvDelimiter() {
    }

    static char detect(CharSequence text) {
        int[][] counts = countPerLine(text);
        char best = ',';
        int bestLines = 0;
        int bestCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            Map<Integer, Integer> linesByCount = new HashMap<>();
            for (int[] line : counts) {
                if (line != null && line[c] > 0) {
                    linesByCount.merge(line[c], 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> mode : linesByCount.entrySet()) {
                int lines = mode.getValue();
                int count = mode.getKey();
                if (lines > bestLines || (lines == bestLines && count > bestCount)) {
                    best = CANDIDATES[c];
                    bestLines = lines;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    /** Per logical line (a quoted line break does not end one), the count of each candidate. */
    private static int[][] countPerLine(CharSequence text) {
        int[][] counts = new int[LINES_TO_LOOK_AT][];
        int line = 0;
        boolean inQuotes = false;
        int[] current = new int[CANDIDATES.length];
        for (int i = 0; i < text.length() && line < LINES_TO_LOOK_AT; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                counts[line++] = current;
                current = new int[CANDIDATES.length];
            } else if (!inQuotes) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
        }
        if (line < LINES_TO_LOOK_AT) {
            counts[line] = current;
        }
        return counts;
    }
}
