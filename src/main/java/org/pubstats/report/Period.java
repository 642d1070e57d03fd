package org.pubstats.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of a year the office works by: a month (2018-03, 月分析调度), a quarter (2018-Q1, 季检查督导) or a
 * half year (2018-H1, 半年总结评估). {@code number} is the month (1–12), the quarter (1–4) or the half (1–2).
 */
public record Period(int year, Kind kind, int number) {

    public enum Kind {
        MONTH(1, 12), QUARTER(3, 4), HALF_YEAR(6, 2);

        final int months;
        final int count;

        Kind(int months, int count) {
            this.months = months;
            this.count = count;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(?:(\\d{2})|([Qq])(\\d)|([Hh])(\\d))");
    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    public Period {
        if (kind == null || number < 1 || number > kind.count) {
            throw new IllegalArgumentException("no such period: " + year + " " + kind + " " + number);
        }
    }

    /**
     * {@code 2018-03}, {@code 2018-Q1} or {@code 2018-H1} (q and h in either case); anything else is refused with
     * a message in Chinese for the command line.
     */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            Kind kind = m.group(2) != null ? Kind.MONTH : m.group(3) != null ? Kind.QUARTER : Kind.HALF_YEAR;
            int number = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(4) : m.group(6));
            if (number >= 1 && number <= kind.count) {
                return new Period(year, kind, number);
            }
        }
        throw new IllegalArgumentException("统计期格式不对：" + text + "（应为月 2018-03、季度 2018-Q1 或半年 2018-H1）");
    }

    public int firstMonth() {
        return (number - 1) * kind.months + 1;
    }

    public int lastMonth() {
        return number * kind.months;
    }

    /** The period's first day. */
    public LocalDate start() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    /** The period's last day. */
    public LocalDate end() {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /** As written on the command line and in file names: 2018-03, 2018-Q1, 2018-H1. */
    public String code() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
        };
    }

    /** As the office says it: 2018年3月, 2018年第一季度, 2018年上半年. */
    public String label() {
        return year + "年" + switch (kind) {
            case MONTH -> number + "月";
            case QUARTER -> "第" + QUARTERS[number - 1] + "季度";
            case HALF_YEAR -> number == 1 ? "上半年" : "下半年";
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
