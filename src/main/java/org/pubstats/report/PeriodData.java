package org.pubstats.report;

import java.util.List;

import org.pubstats.figures.CountyFigures;

/**
 * What a period report shows, read from the warehouse once (all of it small): the county row from 1 January to
 * the period's end, the period's own items by department and month, and the departments without any.
 *
 * @param toDate the county row over 1 January to the period's end
 * @param departments the departments with items in the period, by name
 * @param countyMonths distinct items of the county per month of the period (first month first)
 * @param withoutItems the departments with no item in the period, by name
 */
record PeriodData(Period period, String countyName, CountyFigures toDate, List<DepartmentMonths> departments,
                  int[] countyMonths, List<String> withoutItems) {

    /** One department: the distinct items it reported, by the items' month, first month of the period first. */
    record DepartmentMonths(String department, int[] months) {
        int total() {
            return java.util.Arrays.stream(months).sum();
        }
    }

    /** The period's distinct items, county-wide (each item counted once, whatever departments reported it). */
    int countyTotal() {
        return java.util.Arrays.stream(countyMonths).sum();
    }
}
