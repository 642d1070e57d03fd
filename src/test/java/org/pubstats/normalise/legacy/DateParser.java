package org.pubstats.normalise.legacy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms departments write (design.md §2.2): 2018-03-05, 2018/3/5, 2018.03.05, 20180305,
 * 2018年3月5日, each optionally followed by a time (10:30, T10:30:00, 10时30分); full-width digits
 * and separators; Excel serial numbers written as text. Anything else, including impossible
 * dates such as 2018-13-40 or a date followed by other text, gives empty; whether a date is
 * plausible (1949–2100) is the caller's call.
 */
public final class DateParser {

    /** A date form: the date itself, and what may follow it (a time, or nothing). */
    private record Form(Pattern date, Pattern rest) {
    }

    /**
     * Clock time as written after a date: 10:30, 10:30:00.000+08:00, 10时30分, 下午3点. Lenient,
     * because the time is only checked to be a real clock time, then discarded.
     */
    private static final String TIME = "(?:上午|下午)?(?<hour>\\d{1,2})[:时点]"
            + "(?:(?<minute>\\d{1,2})(?:[:分](?:(?<second>\\d{1,2})(?:\\.\\d{1,9})?秒?)?)?)?"
            + "(?:Z|[+-]\\d{2}:?\\d{2})?";
    private static final Pattern TIME_AFTER_SEPARATOR = Pattern.compile("(?:T|\\s+)" + TIME);
    /** After 日 the time may follow without a space: 2018年3月5日10时30分. */
    private static final Pattern TIME_AFTER_DAY = Pattern.compile("(?:T|\\s*)" + TIME);
    /** The rest of the 12- or 14-digit stamps some systems export: 201803051030[00]. */
    private static final Pattern STAMP_TIME = Pattern.compile("(?<hour>\\d{2})(?<minute>\\d{2})(?<second>\\d{2})?");

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"), TIME_AFTER_SEPARATOR),
            new Form(Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"), TIME_AFTER_DAY),
            new Form(Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?=\\d{4})"), STAMP_TIME),
            new Form(Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"), TIME_AFTER_SEPARATOR));

    private static final Pattern DASHES = Pattern.compile("\\p{Pd}");

    private DateParser() {
    }

    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = WhiteSpace.collapse(Normalizer.normalize(raw, Normalizer.Form.NFKC));
        text = DASHES.matcher(text).replaceAll("-"); // en/em dashes and hyphens typed as separators
        for (Form form : FORMS) {
            Matcher date = form.date().matcher(text);
            if (date.lookingAt()) {
                String rest = text.substring(date.end());
                return rest.isEmpty() || isClockTime(form.rest().matcher(rest)) ? dateOf(date) : Optional.empty();
            }
        }
        return ExcelSerial.toDate(text);
    }

    private static Optional<LocalDate> dateOf(Matcher m) {
        int groups = m.groupCount(); // year, [separator,] month, day
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(groups - 1)), Integer.parseInt(m.group(groups))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date followed by 25:99 is not a date someone meant; reject rather than guess. */
    private static boolean isClockTime(Matcher time) {
        if (!time.matches()) {
            return false;
        }
        try {
            LocalTime.of(number(time, "hour"), number(time, "minute"), number(time, "second"));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int number(Matcher m, String group) {
        String value = m.group(group);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
