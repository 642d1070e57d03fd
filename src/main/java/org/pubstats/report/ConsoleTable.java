package org.pubstats.report;

import java.util.ArrayList;
import java.util.List;

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
        StringBuilder top = new StringBuilder("| ");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder bottom = new StringBuilder("| ");
        for (int i = 0; i < header.size(); i++) {
            int width = Math.max(width(header.get(i)), width(values.get(i)));
            top.append(pad(header.get(i), width)).append(" | ");
            rule.append("-".repeat(width + 2)).append("|");
            bottom.append(pad(values.get(i), width)).append(" | ");
        }
        String rate = figures.interpretationRate().isPresent()
                ? String.format("%.0f%%", figures.interpretationRate().getAsDouble()) : "—";
        return figures.year() + "年 全县政府信息公开情况（相同信息计1条）\n"
                + top.toString().stripTrailing() + "\n" + rule + "\n" + bottom.toString().stripTrailing() + "\n"
                + "去重后信息总数 " + figures.distinctItems() + " 条；政策解读 " + figures.policyInterpretations()
                + " 条，解读率 " + rate + "\n";
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
