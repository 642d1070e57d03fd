package org.pubstats.report;

import org.pubstats.figures.CountyFigures;

/**
 * What a department's own draft annual report (departments/annual-report-&lt;department&gt;-YYYY.docx) is written
 * from: its figures counted like the county row but over the distinct items of the rows it reported (an item several
 * departments reported counts in each of their drafts), its 依申请公开 (requests it received in the year) and its
 * Table 三, and its Tables 二 and 四 from the form it returned ({@code form}; null while it has not).
 */
record DepartmentReportData(int year, String countyName, String department, CountyFigures figures, RequestTable requests,
                            DepartmentForms form) {

    FormatEdition edition() {
        return FormatEdition.forYear(year);
    }
}
