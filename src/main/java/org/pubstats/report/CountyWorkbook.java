package org.pubstats.report;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** county-report-YYYY.xlsx: the county table first, then the breakdowns, the review list and the national tables. */
final class CountyWorkbook {

    private CountyWorkbook() {
    }

    static Path write(YearEndData data, Path file) {
        return AtomicFile.write(file, stream -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
                CountySheet.write(new SheetWriter(workbook, styles, CountySheet.NAME), data);
                DepartmentsSheet.write(new SheetWriter(workbook, styles, DepartmentsSheet.NAME), data);
                MonthsSheet.write(new SheetWriter(workbook, styles, MonthsSheet.NAME), data);
                CountsSheets.channels(new SheetWriter(workbook, styles, CountsSheets.CHANNELS), data);
                CountsSheets.keyAreas(new SheetWriter(workbook, styles, CountsSheets.KEY_AREAS), data);
                ReviewPairsSheet.write(new SheetWriter(workbook, styles, ReviewPairsSheet.NAME),
                        data.year() + "年待核查的疑似重复信息", data.reviewPairs());
                NationalTablesSheet.write(new SheetWriter(workbook, styles, NationalTablesSheet.NAME), data);
                workbook.write(stream);
            }
        });
    }
}
