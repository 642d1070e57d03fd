package org.pubstats.intake.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The workbook a department might send, written through POI's common interface so the xlsx and
 * the xls versions hold the same content and must read the same.
 */
final class SampleWorkbook {

    static final String LIST = "目录";
    static final String SECOND = "第二页";
    static final String TITLE = "呼玛县财政局2018年政府信息主动公开目录";

    private SampleWorkbook() {
    }

    static Path write(Workbook workbook, Path file) throws IOException {
        fill(workbook);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    static void fill(Workbook workbook) {
        CellStyle dateStyle = style(workbook, "yyyy-mm-dd");
        CellStyle dateTimeStyle = style(workbook, "yyyy-mm-dd hh:mm");
        CellStyle chineseDateStyle = workbook.createCellStyle();
        chineseDateStyle.setDataFormat((short) 31); // built-in yyyy"年"m"月"d"日" of Chinese Excel
        CellStyle moneyStyle = style(workbook, "#,##0.00");

        Sheet list = workbook.createSheet(LIST);
        list.createRow(0).createCell(0).setCellValue(TITLE);
        list.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        // row 2 is not written at all
        Row header = list.createRow(2);
        header.createCell(0).setCellValue("序号");
        header.createCell(1).setCellValue("信息标题");
        header.createCell(2).setCellValue("发布信息");
        list.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        list.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        list.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
        Row subHeader = list.createRow(3);
        subHeader.createCell(2).setCellValue("发布日期");
        subHeader.createCell(3).setCellValue("公开渠道");

        Row first = list.createRow(4);
        first.createCell(0).setCellValue(1);
        first.createCell(1).setCellValue("关于印发《呼玛县财政预算管理办法》的通知");
        date(first, 2, LocalDateTime.of(2018, 3, 5, 0, 0), dateStyle);
        first.createCell(3).setCellValue("政府网站、微信");

        Row second = list.createRow(5);
        second.createCell(0).setCellValue(2);
        second.createCell(1).setCellValue("2018年财政预算公开");
        date(second, 2, LocalDateTime.of(2018, 3, 5, 10, 30), dateTimeStyle);
        date(second, 3, LocalDateTime.of(2018, 12, 31, 0, 0), chineseDateStyle);

        list.createRow(6); // a row with no cells
        Row emptyStrings = list.createRow(7);
        emptyStrings.createCell(0).setCellValue("");
        emptyStrings.createCell(1).setCellValue("");

        Row numbers = list.createRow(8);
        numbers.createCell(0).setCellValue(12.5);
        numbers.createCell(1).setCellValue(20180305);
        numbers.createCell(2).setCellFormula("A5+A6");
        numbers.createCell(3).setCellValue(true);
        numbers.createCell(4).setCellValue(1234567.5);
        numbers.getCell(4).setCellStyle(moneyStyle);

        Row more = list.createRow(9);
        more.createCell(0).setCellValue(1234567890123d);
        more.createCell(1).setCellFormula("0.1+0.2");
        more.createCell(2).setCellValue(-3.25);
        more.createCell(3).setCellFormula("\"合\"&\"计\"");
        more.createCell(4).setCellFormula("C5+1");
        more.getCell(4).setCellStyle(dateStyle);
        more.createCell(5).setCellValue(43165);

        Sheet dropDowns = workbook.createSheet("下拉选项");
        dropDowns.createRow(0).createCell(0).setCellValue("政府网站");
        workbook.setSheetVisibility(workbook.getSheetIndex(dropDowns), SheetVisibility.HIDDEN);
        Sheet veryHidden = workbook.createSheet("代码表");
        veryHidden.createRow(0).createCell(0).setCellValue("x");
        workbook.setSheetVisibility(workbook.getSheetIndex(veryHidden), SheetVisibility.VERY_HIDDEN);

        Sheet second2 = workbook.createSheet(SECOND);
        second2.createRow(0).createCell(1).setCellValue("第二页B1");
        second2.createRow(2).createCell(0).setCellValue("第二页A3");

        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    private static void date(Row row, int column, LocalDateTime value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
