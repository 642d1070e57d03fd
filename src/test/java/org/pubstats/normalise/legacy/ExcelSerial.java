package org.pubstats.normalise.legacy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Excel date serial number that reached us as text ("43164", "43164.0", "43164.5" with a time
 * of day) — in Excel's 1900 date system 43101 is 2018-01-01 and 43164 is 2018-03-05.
 * <p>
 * Only five-digit serials (1927-05-18 onwards) are read, and only up to 2100-12-31: a shorter
 * number in a date column is a year ("2018"), a day ("12") or a count, not a date, and reading it
 * as 1905-07-10 would hide the mistake instead of reporting it.
 */
public final class ExcelSerial {

    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.\\d*)?");
    /**
     * Excel counts a 29 Feb 1900 that never was, so from serial 61 (1900-03-01) on, which covers
     * every serial read here, the count runs from 1899-12-30.
     */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private ExcelSerial() {
    }

    public static Optional<LocalDate> toDate(String text) {
        Matcher m = SERIAL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate date = EPOCH.plusDays(Integer.parseInt(m.group(1)));
        return date.isAfter(LAST) ? Optional.empty() : Optional.of(date);
    }
}
