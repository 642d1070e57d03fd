package org.pubstats.report;

import java.util.List;
import java.util.Optional;

import org.pubstats.figures.CountyFigures;

/** Everything the year-end outputs show, read from the warehouse once. */
record YearEndData(int year, String countyName, CountyFigures figures, Optional<CountyFigures> previous,
                   List<DepartmentLine> departments, List<MonthLine> months, List<Count> channels,
                   List<Count> keyAreas, List<ReviewPair> reviewPairs, RequestTable requests,
                   List<RejectedLine> rejected, List<UnknownValue> unknownValues) {

    /** One department: rows it reported for the year, the distinct items they belong to, what it must correct. */
    record DepartmentLine(String department, int rowsReported, int distinctItems, int rejectedRows, int unmappedValues) {}

    /** One month of the year by the items' merged publish date. */
    record MonthLine(int month, int distinctItems, int website, int otherChannels) {}

    /** A label and how many distinct items have it. */
    record Count(String label, int items) {}

    /** A probable duplicate for the office to look at, with both source rows. */
    record ReviewPair(double similarity, String departmentA, String titleA, String dateA, String fileA, String sheetA, Integer rowA,
                      String departmentB, String titleB, String dateB, String fileB, String sheetB, Integer rowB) {
        boolean concerns(String department) {
            return department.equals(departmentA) || department.equals(departmentB);
        }
    }

    /** A rejected row or file, as the department must see it to correct it. */
    record RejectedLine(String department, String file, String sheet, Integer row, String rawValues, String reason, String message) {}

    /** A channel or category value the dictionaries do not know, with how often a department wrote it. */
    record UnknownValue(String department, String kind, String value, int rows) {}

    List<RejectedLine> rejectedOf(String department) {
        return rejected.stream().filter(r -> r.department().equals(department)).toList();
    }

    List<UnknownValue> unknownOf(String department) {
        return unknownValues.stream().filter(u -> u.department().equals(department)).toList();
    }

    List<ReviewPair> reviewPairsOf(String department) {
        return reviewPairs.stream().filter(p -> p.concerns(department)).toList();
    }
}
