package org.pubstats.report;

import java.util.List;
import java.util.Optional;

import org.pubstats.figures.CountyFigures;

/**
 * The year-end figures, read from the warehouse once: all of them are small (a line per department,
 * month, channel …). The long lists — review pairs, rejected rows — are streamed where they are written.
 */
record YearEndData(int year, String countyName, CountyFigures figures, Optional<CountyFigures> previous,
                   List<DepartmentLine> departments, List<MonthLine> months, List<Count> channels,
                   List<Count> keyAreas, RequestTable requests, FormsOverview forms) {

    /** One department: rows it reported for the year, the distinct items they belong to, what it must correct. */
    record DepartmentLine(String department, int rowsReported, int distinctItems, int rejectedRows, int unmappedValues) {}

    /** One month of the year by the items' merged publish date. */
    record MonthLine(int month, int distinctItems, int website, int otherChannels) {}

    /** A label and how many distinct items have it. */
    record Count(String label, int items) {}
}
