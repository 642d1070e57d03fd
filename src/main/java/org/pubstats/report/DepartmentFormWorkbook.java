package org.pubstats.report;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pubstats.intake.DepartmentForm;
import org.pubstats.intake.DepartmentForm.Figure;

/**
 * One department's fill-in form (表二、表四填报表-&lt;department&gt;-YYYY.xlsx): the layout of {@link DepartmentForm} with
 * the department's name and the year filled in. Only the 填报数 column (G) is open; every other cell is locked by
 * sheet protection (password {@value #PASSWORD}, so the office can lift it), and each open cell is validated: counts
 * whole numbers ≥ 0, 本年增/减 (2019 format) whole numbers, 万元 amounts decimals ≥ 0 shown with two decimals.
 */
public final class DepartmentFormWorkbook {

    /** The sheet protection's password: it only keeps the layout from being changed by accident. */
    public static final String PASSWORD = "pubstats";

    static final String INSTRUCTIONS = "只填写黄色的“填报数”列：件数、项目数填整数，不能为负数（2019年格式的“本年增/减”可为负数）；"
            + "金额单位为万元，最多两位小数；没有的填0。表四每类案件的“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。"
            + "填好后保存，交回政务公开办（放入收件箱任一文件夹均可，文件名可改）；重新报送时交回新的文件，即取代前一份。请勿修改表格结构。";

    private DepartmentFormWorkbook() {
    }

    /** The file name of a department's form (a name too long or unsafe for a file name is shortened as for feedback files). */
    public static String fileName(String department, int year) {
        return "表二表四填报表-" + SafeFileName.of(department) + "-" + year + ".xlsx";
    }

    /** Writes the form atomically; the year must have national tables (2019 on). */
    public static Path write(String department, int year, Path file) {
        if (!FormatEdition.forYear(year).hasNationalTables()) {
            throw new IllegalArgumentException(year + "年的年报没有表二、表四（国家格式自2019年度报告起），无需填报表");
        }
        return AtomicFile.write(file, stream -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                fill(workbook, department, year);
                workbook.write(stream);
            }
        });
    }

    private static void fill(XSSFWorkbook workbook, String department, int year) {
        XSSFSheet sheet = workbook.createSheet(DepartmentForm.SHEET);
        int[] widths = {10, 6, 22, 24, 28, 8, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        CellStyle label = bordered(workbook);
        label.setFont(bold);
        CellStyle text = bordered(workbook);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyle header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle count = input(workbook, "0");
        CellStyle amount = input(workbook, "0.00");

        int last = DepartmentForm.HEADER.size() - 1;
        XSSFRow top = sheet.createRow(0);
        top.setHeightInPoints(36);
        set(top, 0, department + year + "年政府信息公开工作年度报告 表二、表四填报表", title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        fixed(sheet, DepartmentForm.MARKER_ROW, DepartmentForm.MARKER_LABEL, DepartmentForm.MARKER, label, text, last);
        fixed(sheet, DepartmentForm.DEPARTMENT_ROW, DepartmentForm.DEPARTMENT_LABEL, department, label, text, last);
        fixed(sheet, DepartmentForm.YEAR_ROW, DepartmentForm.YEAR_LABEL, Integer.toString(year), label, text, 1);
        XSSFRow yearRow = sheet.getRow(DepartmentForm.YEAR_ROW - 1);
        set(yearRow, 2, DepartmentForm.EDITION_LABEL, label);
        set(yearRow, 3, DepartmentForm.editionName(year), text);
        sheet.addMergedRegion(new CellRangeAddress(DepartmentForm.YEAR_ROW - 1, DepartmentForm.YEAR_ROW - 1, 3, last));
        fixed(sheet, 5, "填表说明", INSTRUCTIONS, label, text, last);
        sheet.getRow(4).setHeightInPoints(78);

        XSSFRow headerRow = sheet.createRow(DepartmentForm.HEADER_ROW - 1);
        for (int c = 0; c <= last; c++) {
            set(headerRow, c, DepartmentForm.HEADER.get(c), header);
        }
        List<Figure> figures = DepartmentForm.figures(year);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            XSSFRow row = sheet.createRow(DepartmentForm.HEADER_ROW + i);
            set(row, 0, f.code(), text);
            set(row, 1, f.table(), text);
            set(row, 2, f.block(), text);
            set(row, 3, f.row(), text);
            set(row, 4, f.column(), text);
            set(row, 5, f.unit(), text);
            XSSFCell cell = row.createCell(DepartmentForm.VALUE_COLUMN);
            cell.setCellStyle(f.kind() == DepartmentForm.Kind.AMOUNT ? amount : count);
            validations(sheet, validations, f, row.getRowNum());
        }
        sheet.createFreezePane(0, DepartmentForm.HEADER_ROW);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.protectSheet(PASSWORD);
        sheet.enableLocking();
        sheet.lockFormatCells(true);
        sheet.lockInsertRows(true);
        sheet.lockDeleteRows(true);
        sheet.lockInsertColumns(true);
        sheet.lockDeleteColumns(true);
        sheet.lockSort(true);
        workbook.lockStructure();
    }

    private static void validations(XSSFSheet sheet, DataValidationHelper helper, Figure f, int row) {
        DataValidationConstraint constraint;
        String message;
        switch (f.kind()) {
            case AMOUNT -> {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                message = "请填写金额（万元），不能为负数，最多两位小数";
            }
            case CHANGE -> {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1000000000", "1000000000");
                message = "请填写整数（增加为正数，减少为负数）";
            }
            default -> {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                message = "请填写整数，不能为负数";
            }
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(row, row, DepartmentForm.VALUE_COLUMN, DepartmentForm.VALUE_COLUMN));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("填报数不符合要求", message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(f.row() + "·" + f.column(), message);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void fixed(XSSFSheet sheet, int rowNumber, String label, String value, CellStyle labelStyle,
                              CellStyle valueStyle, int lastCol) {
        XSSFRow row = sheet.createRow(rowNumber - 1);
        set(row, 0, label, labelStyle);
        set(row, 1, value, valueStyle);
        for (int c = 2; c <= lastCol; c++) {
            row.createCell(c).setCellStyle(valueStyle);
        }
        if (lastCol > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowNumber - 1, rowNumber - 1, 1, lastCol));
        }
    }

    private static void set(XSSFRow row, int col, String value, CellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setLocked(true);
        return style;
    }

    private static CellStyle input(XSSFWorkbook workbook, String format) {
        CellStyle style = bordered(workbook);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
