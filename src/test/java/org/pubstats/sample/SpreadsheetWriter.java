package org.pubstats.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes xlsx and xls files with POI, reproducibly (fixed document dates, author and zip times). */
final class SpreadsheetWriter {

    /** The documents claim to have been made when the departments sent them, early January 2019. */
    private static final Date FIXED = Date.from(StableZip.ENTRY_TIME.toInstant(ZoneOffset.ofHours(8)));
    private static final String AUTHOR = "pubstats sample generator";

    private SpreadsheetWriter() {
    }

    static byte[] write(FilePlan plan) throws IOException {
        boolean xlsx = plan.format().kind() == FileFormat.Kind.XLSX;
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Map<String, CellStyle> dateStyles = new HashMap<>();
            CellStyle titleStyle = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            for (FilePlan.Sheet s : plan.sheets()) {
                Sheet sheet = wb.createSheet(s.name());
                List<List<Cell>> rows = s.rows();
                for (int i = 0; i < rows.size(); i++) {
                    Row row = sheet.createRow(i);
                    List<Cell> cells = rows.get(i);
                    for (int c = 0; c < cells.size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        Cell value = cells.get(c);
                        if (value instanceof Cell.Text t) {
                            cell.setCellValue(t.value());
                        } else if (value instanceof Cell.Number n) {
                            cell.setCellValue(n.value());
                        } else if (value instanceof Cell.Date d) {
                            cell.setCellValue(d.value());
                            cell.setCellStyle(dateStyles.computeIfAbsent(d.format(), f -> dateStyle(wb, f)));
                        }
                    }
                }
                for (int[] m : s.merges()) {
                    if (m[2] > m[1]) {
                        sheet.addMergedRegion(new CellRangeAddress(m[0], m[0], m[1], m[2]));
                    }
                    sheet.getRow(m[0]).getCell(m[1]).setCellStyle(titleStyle);
                }
                if (s.dropDownRange() != null) {
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    int last = Math.max(s.firstDataRow(), rows.size() - 1);
                    DataValidation v = helper.createValidation(helper.createFormulaListConstraint(s.dropDownRange()),
                            new CellRangeAddressList(s.firstDataRow(), last, s.dropDownColumn(), s.dropDownColumn()));
                    v.setShowErrorBox(false);
                    sheet.addValidationData(v);
                }
                for (int c = 0; c < 12; c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
                if (s.hidden()) {
                    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
                }
            }
            if (wb instanceof XSSFWorkbook x) {
                var core = x.getProperties().getCoreProperties();
                core.setCreated(Optional.of(FIXED));
                core.setModified(Optional.of(FIXED));
                core.setCreator(AUTHOR);
            } else if (wb instanceof HSSFWorkbook h) {
                h.getInternalWorkbook().getWriteAccess().setUsername(AUTHOR);
                h.createInformationProperties();
                h.getSummaryInformation().setAuthor(AUTHOR);
                h.getSummaryInformation().setCreateDateTime(FIXED);
                h.getSummaryInformation().setLastSaveDateTime(FIXED);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return xlsx ? StableZip.restamp(out.toByteArray()) : out.toByteArray();
        }
    }

    private static CellStyle dateStyle(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
