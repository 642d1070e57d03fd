package org.pubstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pubstats.figures.CountyFigures;

/** The county row laid out as in the annual report, for the console (CJK characters count double). */
public final class ConsoleTable {

    private ConsoleTable() {
    }

    public static String render(CountyFigures figures) {
        List<String> header = YearExports.COUNTY_HEADER;
        List<String> values = new ArrayList<>();
        values.add("数量");
        for (int value : figures.reportRow()) {
            values.add(Integer.toString(value));
        }
        String rate = figures.interpretationRate().isPresent()
                ? String.format("%.0f%%", figures.interpretationRate().getAsDouble()) : "—";
        return figures.year() + "年 全县政府信息公开情况（相同信息计1条）\n" + grid(List.of(header, values), Set.of(0))
                + "去重后信息总数 " + figures.distinctItems() + " 条；政策解读 " + figures.policyInterpretations()
                + " 条，解读率 " + rate + "\n";
    }

    /**
     * Lines of cells as a table, every column as wide as its widest cell, a rule under each line whose index is in
     * {@code rulesAfter}.
     */
    static String grid(List<List<String>> lines, Set<Integer> rulesAfter) {
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < widths.length; i++) {
                line.append(pad(lines.get(l).get(i), widths[i])).append(" | ");
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (rulesAfter.contains(l)) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append("-".repeat(width + 2)).append('|');
                }
                text.append(rule).append('\n');
            }
        }
        return text.toString();
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    /** Han characters and full-width forms take two columns; no Han character is below U+2E80 and U+4E00–U+9FFF are all Han (quick answers for most text). */
    private static boolean wide(int c) {
        if (c < 0x2E80) {
            return false;
        }
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }
}
