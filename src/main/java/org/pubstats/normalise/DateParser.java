package org.pubstats.normalise;

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
        LocalDate plain = plainDate(raw);
        if (plain != null) {
            return plain == NOT_A_DAY ? Optional.empty() : Optional.of(plain);
        }
        String text = WhiteSpace.collapse(Nfkc.of(raw));
        if (hasDashToUnify(text)) {
            text = DASHES.matcher(text).replaceAll("-"); // en/em dashes and hyphens typed as separators
        }
        for (Form form : FORMS) {
            Matcher date = form.date().matcher(text);
            if (date.lookingAt()) {
                String rest = text.substring(date.end());
                return rest.isEmpty() || isClockTime(form.rest().matcher(rest)) ? dateOf(date) : Optional.empty();
            }
        }
        return ExcelSerial.toDate(text);
    }

    /** What {@link #plainDate} returns for a date of the plain form that is no day of the calendar. */
    private static final LocalDate NOT_A_DAY = LocalDate.MIN;

    /**
     * The forms nearly every cell has, read without the regular expressions: 2018-03-05, 2018/3/5,
     * 2018.03.05 (ASCII, one separator twice) and 20180305. These reach the first or the last form
     * above unchanged by NFKC and white space, with nothing after the day, so the result is the
     * same: the date, or {@link #NOT_A_DAY} for 2018-13-40. Null for any other text.
     */
    private static LocalDate plainDate(String text) {
        int length = text.length();
        if (length == 8 && allDigits(text)) {
            return day(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8));
        }
        if (length < 8 || length > 10 || !isDigit(text.charAt(0)) || !isDigit(text.charAt(1))
                || !isDigit(text.charAt(2)) || !isDigit(text.charAt(3))) {
            return null;
        }
        char separator = text.charAt(4);
        if (separator != '-' && separator != '/' && separator != '.') {
            return null;
        }
        int second = text.indexOf(separator, 5);
        if (second < 6 || second > 7 || length - second - 1 < 1 || length - second - 1 > 2) {
            return null;
        }
        for (int i = 5; i < length; i++) {
            if (i != second && !isDigit(text.charAt(i))) {
                return null;
            }
        }
        return day(number(text, 0, 4), number(text, 5, second), number(text, second + 1, length));
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return NOT_A_DAY;
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** Whether the text has a dash (Unicode's Pd) other than '-' itself. */
    private static boolean hasDashToUnify(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c != '-' && Character.getType(c) == Character.DASH_PUNCTUATION) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
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
