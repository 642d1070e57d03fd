package org.pubstats.intake.format;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The text of one xlsx cell from its type attribute, raw value and style. Values that are plain
 * digits (shared-string indexes, whole numbers, date serials) are read straight from the bytes;
 * anything else goes through the same string parsing as always. Date texts are kept per serial,
 * as the date columns of a county's files repeat a few thousand days.
 */
final class XlsxCellText {

    enum Type { NUMBER, SHARED, INLINE, BOOLEAN, DATE, AS_WRITTEN }

    /** Up to 15 digits: every such whole number is exact as a double, and shown as written. */
    private static final int MAX_FAST_DIGITS = 15;
    private static final int DATE_CACHE_SIZE = 4096;
    /**
     * Date texts of whole serials, shared by all readers (threads) of a run: a slot is replaced as
     * a whole by an immutable entry, so a racing reader sees an old entry or a new one, never a mix.
     */
    private static final CachedDate[] DATES = new CachedDate[DATE_CACHE_SIZE];

    private record CachedDate(long serial, boolean date1904, String text) {}

    private final XlsxSharedStrings sharedStrings;
    private final XlsxDateStyles dateStyles;
    private final boolean date1904;

    XlsxCellText(XlsxSharedStrings sharedStrings, XlsxDateStyles dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /** The {@code t} attribute; absent means a number. */
    static Type type(XlsxXml.Bytes t) {
        if (t == null) {
            return Type.NUMBER;
        }
        byte[] a = t.array;
        int from = t.start;
        switch (t.length()) {
            case 1:
                return switch (a[from]) {
                    case 'n' -> Type.NUMBER;
                    case 's' -> Type.SHARED;
                    case 'b' -> Type.BOOLEAN;
                    case 'd' -> Type.DATE;
                    default -> Type.AS_WRITTEN;
                };
            case 9:
                return a[from] == 'i' && a[from + 1] == 'n' && a[from + 2] == 'l' && a[from + 3] == 'i'
                        && a[from + 4] == 'n' && a[from + 5] == 'e' && a[from + 6] == 'S' && a[from + 7] == 't'
                        && a[from + 8] == 'r' ? Type.INLINE : Type.AS_WRITTEN;
            default:
                return Type.AS_WRITTEN; // "str" (formula text), "e" (#N/A …) and anything unknown: as written
        }
    }

    /**
     * The {@code s} attribute as an index into the cell styles: -1 when absent or not a number
     * (no date then), as {@code Integer.parseInt} of the stripped text reads it.
     */
    static int style(XlsxXml.Bytes s) throws Exception {
        if (s == null) {
            return -1;
        }
        long digits = digits(s.array, s.start, s.end, 9);
        if (digits >= 0) {
            return (int) digits;
        }
        try {
            return Integer.parseInt(s.string().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The text of a cell's {@code <v>}, for every type but inline strings (whose {@code <v>} stays text). */
    String value(Type type, XlsxXml.Bytes v, int style) throws Exception {
        switch (type) {
            case SHARED: {
                long index = digits(v.array, v.start, v.end, 9);
                if (index >= 0) {
                    return sharedStrings.get((int) index);
                }
                String value = v.string();
                return value.isBlank() ? "" : sharedStrings.get(Integer.parseInt(value.strip()));
            }
            case NUMBER: {
                long whole = signedDigits(v);
                if (whole != Long.MIN_VALUE) {
                    return numberText(whole, style);
                }
                return number(v.string(), style);
            }
            case BOOLEAN: {
                String value = v.string();
                return value.isBlank() ? "" : ExcelValueText.bool("1".equals(value.strip()));
            }
            case DATE:
                return isoDate(v.string());
            default:
                return v.string();
        }
    }

    private String numberText(long whole, int style) {
        return dateStyles.isDate(style) ? date(whole) : ExcelValueText.number((double) whole);
    }

    private String number(String value, int style) {
        if (value.isBlank()) {
            return "";
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException notANumber) {
            return value;
        }
        return dateStyles.isDate(style) ? ExcelValueText.date(number, date1904) : ExcelValueText.number(number);
    }

    /** A whole serial's date text, from the cache. */
    private String date(long serial) {
        int slot = (int) (serial & (DATE_CACHE_SIZE - 1));
        CachedDate cached = DATES[slot];
        if (cached == null || cached.serial() != serial || cached.date1904() != date1904) {
            cached = new CachedDate(serial, date1904, ExcelValueText.date((double) serial, date1904));
            DATES[slot] = cached;
        }
        return cached.text();
    }

    /** {@code t="d"} cells hold ISO 8601 text already; shown like date-formatted numbers. */
    private static String isoDate(String value) {
        try {
            LocalDateTime dateTime = LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value);
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? dateTime.toLocalDate().toString()
                    : dateTime.withNano(0).toString();
        } catch (DateTimeParseException notDateTime) {
            return value;
        }
    }

    /** The ASCII digits from..to as a number, or -1 when they are not 1 to {@code maxDigits} ASCII digits. */
    static long digits(byte[] a, int from, int to, int maxDigits) {
        int length = to - from;
        if (length < 1 || length > maxDigits) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * An optional '-', up to 15 digits and an optional fraction of zeros ({@code 43165.0}, as POI
     * writes whole numbers) as a number; {@code Long.MIN_VALUE} for anything else.
     */
    private static long signedDigits(XlsxXml.Bytes v) {
        byte[] a = v.array;
        int end = v.end;
        for (int i = v.start; i < end; i++) {
            if (a[i] == '.') {
                for (int k = i + 1; k < end; k++) {
                    if (a[k] != '0') {
                        return Long.MIN_VALUE;
                    }
                }
                end = i;
                break;
            }
        }
        boolean negative = end - v.start > 1 && a[v.start] == '-';
        long digits = digits(a, negative ? v.start + 1 : v.start, end, MAX_FAST_DIGITS);
        if (digits < 0) {
            return Long.MIN_VALUE;
        }
        return negative ? -digits : digits;
    }
}
