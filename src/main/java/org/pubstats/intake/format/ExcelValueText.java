package org.pubstats.intake.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Excel values as the text a user sees, the same for xlsx and xls: numbers as their shortest
 * decimal ({@code 43165}, {@code 12.5}), date cells as ISO text, booleans as TRUE/FALSE.
 */
final class ExcelValueText {

    /** Excel shows at most 15 significant digits; beyond them lie binary artefacts (0.1+0.2). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private ExcelValueText() {
    }

    /** Below this a whole double has at most 15 digits, so rounding to Excel's precision leaves it as it is. */
    private static final double WHOLE_AS_IS_BELOW = 1e15;

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_AS_IS_BELOW) {
            return Long.toString((long) value); // the common case (serial numbers, counts), without BigDecimal
        }
        BigDecimal decimal = BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }

    /**
     * A date-formatted number: {@code 2018-03-05}, {@code 2018-03-05T10:30} with a time part,
     * {@code 10:30} for a pure time. A value outside Excel's date range stays a number.
     */
    static String date(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(serial);
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
        if (dateTime == null) {
            return number(serial);
        }
        if (serial < 1) {
            return dateTime.toLocalTime().toString();
        }
        if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.toString();
    }

    static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /**
     * Whether a number format shows a date or time. Besides what POI recognises, the built-in ids
     * 27–36 and 50–58 are the East Asian date formats (e.g. {@code yyyy"年"m"月"d"日"}) that
     * Chinese Excel and WPS write without spelling out the format string.
     */
    static boolean isDateFormat(int formatId, String formatString) {
        if ((formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58)) {
            return true;
        }
        return DateUtil.isInternalDateFormat(formatId)
                || formatString != null && DateUtil.isADateFormat(formatId, formatString);
    }
}
