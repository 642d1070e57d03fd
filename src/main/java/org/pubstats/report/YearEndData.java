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
                   List<Count> keyAreas, RequestTable requests, java.util.SortedMap<String, RequestTable> departmentRequests,
                   FormsOverview forms) {

    /** The layout of the year's report. */
    FormatEdition edition() {
        return FormatEdition.forYear(year);
    }

    /** A department's Table 三 (all zeros when it had no request to count). */
    RequestTable requestsOf(String department) {
        return departmentRequests.getOrDefault(department, RequestTable.empty());
    }

    /** The Table 三 rules broken by the county's or a department's figures (design.md §2.4). */
    List<Table3Checks.Breach> tableThreeBreaches() {
        return Table3Checks.checkAll(requests, departmentRequests, edition());
    }

    /** One department: rows it reported for the year, the distinct items they belong to, what it must correct. */
    record DepartmentLine(String department, int rowsReported, int distinctItems, int rejectedRows, int unmappedValues) {}

    /** One month of the year by the items' merged publish date. */
    record MonthLine(int month, int distinctItems, int website, int otherChannels) {}

    /** A label and how many distinct items have it. */
    record Count(String label, int items) {}
}
