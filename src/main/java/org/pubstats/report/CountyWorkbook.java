package org.pubstats.report;

import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * county-report-YYYY.xlsx: the county table first, then the breakdowns, the review list and, from 2019 (the national
 * format), the national tables, every department's Table 三 side by side and every department's Tables 二 and 四 from
 * its form.
 * The first sheets are built in memory (the month chart reads its cells back); from the channel counts on the
 * sheets are streamed (SXSSF), so the county's review list, however long, is never held in memory.
 */
final class CountyWorkbook {

    /** Rows kept in memory per streamed sheet: the national tables go back a few dozen rows to merge group labels. */
    private static final int WINDOW = 200;

    private CountyWorkbook() {
    }

    static Path write(YearEndData data, ReviewPairsSheet.Pairs reviewPairs, Path file) {
        return AtomicFile.write(file, stream -> {
            try (XSSFWorkbook inMemory = new XSSFWorkbook()) {
                SheetWriter.Styles styles = new SheetWriter.Styles(inMemory);
                CountySheet.write(new SheetWriter(inMemory, styles, CountySheet.NAME), data);
                DepartmentsSheet.write(new SheetWriter(inMemory, styles, DepartmentsSheet.NAME), data);
                MonthsSheet.write(new SheetWriter(inMemory, styles, MonthsSheet.NAME), data);
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(inMemory, WINDOW)) {
                    CountsSheets.channels(new SheetWriter(workbook, styles, CountsSheets.CHANNELS), data);
                    CountsSheets.keyAreas(new SheetWriter(workbook, styles, CountsSheets.KEY_AREAS), data);
                    ReviewPairsSheet.write(new SheetWriter(workbook, styles, ReviewPairsSheet.NAME), data.year(),
                            data.year() + "年待核查的疑似重复信息", reviewPairs, ReviewPairsSheet.Reader.OFFICE);
                    if (data.edition().hasNationalTables()) {
                        NationalTablesSheet.write(new SheetWriter(workbook, styles, NationalTablesSheet.NAME), data);
                        DepartmentsTableThreeSheet.write(new SheetWriter(workbook, styles, DepartmentsTableThreeSheet.NAME), data);
                        DepartmentFormsSheet.write(new SheetWriter(workbook, styles, DepartmentFormsSheet.NAME), data.forms());
                    }
                    workbook.write(stream);
                }
            }
        });
    }
}
