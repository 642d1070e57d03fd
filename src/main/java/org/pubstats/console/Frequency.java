package org.pubstats.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How often a department must send its list, and the periods of a year it divides into. */
enum Frequency {
    MONTHLY("每月", 1), QUARTERLY("每季", 3), YEARLY("每年", 12);

    private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private final String label;
    private final int months;

    Frequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    String label() {
        return label;
    }

    static Optional<Frequency> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label.strip())).findFirst();
    }

    /** A period of the year: its name, its first and last month (1 to 12). */
    record Period(String name, int firstMonth, int lastMonth) {}

    /** The periods of {@code year} that had ended by {@code today}, first first. */
    List<Period> endedPeriods(int year, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        for (int first = 1; first <= 12; first += months) {
            int last = first + months - 1;
            if (YearMonth.of(year, last).atEndOfMonth().isBefore(today)) {
                periods.add(new Period(name(year, first), first, last));
            }
        }
        return periods;
    }

    private String name(int year, int firstMonth) {
        return switch (this) {
            case MONTHLY -> firstMonth + "月";
            case QUARTERLY -> QUARTERS[(firstMonth - 1) / 3];
            case YEARLY -> year + "年全年";
        };
    }
}
