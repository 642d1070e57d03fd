package org.pubstats.report;

import org.pubstats.figures.CountyFigures;

/**
 * What a department's own draft annual report (departments/annual-report-&lt;department&gt;-YYYY.docx) is written
 * from: its figures counted like the county row but over the distinct items of the rows it reported (an item several
 * departments reported counts in each of their drafts), its 依申请公开 (requests it received in the year) and its
 * Table 三. Tables 二 and 四 are rendered as in the county draft.
 */
record DepartmentReportData(int year, String countyName, String department, CountyFigures figures, RequestTable requests) {

    FormatEdition edition() {
        return FormatEdition.forYear(year);
    }
}
