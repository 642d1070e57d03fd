package org.pubstats.intake.format;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The text of one xlsx cell from its type attribute, raw value and style. */
final class XlsxCellText {

    private XlsxCellText() {
    }

    static String of(String type, String value, String inline, String style,
                     XlsxSharedStrings sharedStrings, XlsxDateStyles dateStyles, boolean date1904) {
        if (type == null || type.equals("n")) {
            return number(value, style, dateStyles, date1904);
        }
        return switch (type) {
            case "s" -> value == null || value.isBlank() ? ""
                    : sharedStrings.get(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline != null ? inline : orEmpty(value);
            case "b" -> value == null || value.isBlank() ? "" : ExcelValueText.bool("1".equals(value.strip()));
            case "d" -> isoDate(orEmpty(value));
            default -> orEmpty(value); // "str" (formula text), "e" (#N/A …) and anything unknown: as written
        };
    }

    private static String number(String value, String style, XlsxDateStyles dateStyles, boolean date1904) {
        if (value == null || value.isBlank()) {
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

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
