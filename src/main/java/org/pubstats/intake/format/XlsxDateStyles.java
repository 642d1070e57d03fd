package org.pubstats.intake.format;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Which cell styles ({@code s} attribute) show a date, looked up once per style. */
final class XlsxDateStyles {

    private final StylesTable styles;
    private final Map<String, Boolean> isDateByStyle = new HashMap<>();

    XlsxDateStyles(StylesTable styles) {
        this.styles = styles;
    }

    boolean isDate(String styleIndex) {
        if (styles == null || styleIndex == null) {
            return false;
        }
        return isDateByStyle.computeIfAbsent(styleIndex, this::lookUp);
    }

    private boolean lookUp(String styleIndex) {
        int index;
        try {
            index = Integer.parseInt(styleIndex.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(index);
        return style != null && ExcelValueText.isDateFormat(style.getDataFormat(), style.getDataFormatString());
    }
}
