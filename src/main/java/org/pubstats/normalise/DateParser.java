package org.pubstats.normalise;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms departments write (SPEC §2.2): ISO and slashed or dotted dates, 8-digit
 * dates, 2018年3月5日, each with or without a time; full-width digits; Excel serial numbers.
 */
public final class DateParser {

    private static final Pattern SEPARATED = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:[T\\s].*)?$");
    private static final Pattern SERIAL = Pattern.compile("^(\\d{4,5})(?:\\.\\d+)?$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private DateParser() {
    }

    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SEPARATED.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = SERIAL.matcher(text);
        if (m.matches()) {
            long serial = Long.parseLong(m.group(1));
            return serial > 0 ? Optional.of(EXCEL_EPOCH.plusDays(serial)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
