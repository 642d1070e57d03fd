package org.pubstats.console;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 月度: the year's items per month (month_figures, as the year-end workbook's 月度 sheet), laid out as an SVG bar
 * chart the template draws — no chart library, so it prints as it shows.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class MonthChart {

    /** Drawing area in SVG units; the template scales it to the page width. */
    static final int WIDTH = 840;
    static final int HEIGHT = 260;
    private static final int LEFT = 20;
    private static final int TOP = 24;
    private static final int BOTTOM = 30;
    private static final int SLOT = (WIDTH - 2 * LEFT) / 12;
    private static final int BAR = SLOT * 3 / 5;

    /** One month: its figures and where its bar goes. */
    public record Bar(int month, int items, int website, int other, int x, int y, int height) {

        public String label() {
            return month + "月";
        }

        public int width() {
            return BAR;
        }

        public int centre() {
            return x + BAR / 2;
        }
    }

    /** The twelve bars, the year's total and the largest month (the full bar height). */
    public record Chart(List<Bar> bars, int total, int max) {

        public int website() {
            return bars.stream().mapToInt(Bar::website).sum();
        }

        public int other() {
            return bars.stream().mapToInt(Bar::other).sum();
        }

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        public int baseline() {
            return HEIGHT - BOTTOM;
        }

        public int labelY() {
            return HEIGHT - 10;
        }
    }

    private final JdbcTemplate jdbc;

    MonthChart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Chart of(int year) {
        int[][] months = new int[12][3];
        jdbc.query("SELECT month, distinct_items, website, other_channels FROM month_figures WHERE year = ?", rs -> {
            int m = rs.getInt("month") - 1;
            months[m] = new int[] {rs.getInt("distinct_items"), rs.getInt("website"), rs.getInt("other_channels")};
        }, year);
        return layOut(months);
    }

    /** Bars scaled to the largest month; a year without items gets twelve empty bars, not a division by zero. */
    static Chart layOut(int[][] months) {
        int max = 0;
        int total = 0;
        for (int[] m : months) {
            max = Math.max(max, m[0]);
            total += m[0];
        }
        int room = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int height = max == 0 ? 0 : Math.round((float) months[i][0] * room / max);
            int x = LEFT + i * SLOT + (SLOT - BAR) / 2;
            bars.add(new Bar(i + 1, months[i][0], months[i][1], months[i][2], x, HEIGHT - BOTTOM - height, height));
        }
        return new Chart(List.copyOf(bars), total, max);
    }
}
