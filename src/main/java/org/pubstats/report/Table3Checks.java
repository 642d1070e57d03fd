package org.pubstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pubstats.report.NationalFormat.TableThreeRow;

/**
 * The rules of Table 三 (reference §3.6), checked on a table as the warehouse holds it and as the year's format prints
 * it: the stated one, 一 + 二 = 三（七）+ 四 in every column; and the derived ones, 总计 = the six applicant columns on
 * every row, and （七）总计 = the sum of the outcome rows in every column. Computed from the request logs they hold by
 * construction; a breach means the stored figures were changed or a bug, and is listed with the numbers.
 */
final class Table3Checks {

    /** One broken rule: whose table ("全县" or the department), the rule, and the numbers that break it. */
    record Breach(String whose, String rule, String numbers) {

        String sentence() {
            return whose + "：" + rule + "不成立（" + numbers + "）";
        }
    }

    static final String COUNTY = "全县";
    static final String STATED = "一 + 二 = 三（七）+ 四";
    static final String COLUMNS_ADD_UP = "总计 = 六类申请人之和";
    static final String OUTCOMES_ADD_UP = "（七）总计 = 各项办理结果之和";

    private Table3Checks() {
    }

    static List<Breach> check(String whose, RequestTable table, FormatEdition edition) {
        List<Breach> breaches = new ArrayList<>();
        List<TableThreeRow> rows = NationalFormat.tableThree(edition);
        if (rows.isEmpty()) {
            return breaches;
        }
        for (int c = 0; c < RequestTable.COLUMNS.size(); c++) {
            String column = RequestTable.COLUMNS.get(c);
            int one = table.value(RequestTable.RECEIVED, c);
            int two = table.value(RequestTable.CARRIED_OVER, c);
            int seven = table.value(RequestTable.COMPLETED_TOTAL, c);
            int four = table.value(RequestTable.CARRIED_FORWARD, c);
            if (one + two != seven + four) {
                breaches.add(new Breach(whose, column + "列 " + STATED,
                        one + " + " + two + " = " + (one + two) + "，" + seven + " + " + four + " = " + (seven + four)));
            }
            int outcomes = 0;
            for (TableThreeRow row : rows) {
                if (row.outcome()) {
                    outcomes += NationalFormat.tableThreeValue(row, table, c);
                }
            }
            if (outcomes != seven) {
                breaches.add(new Breach(whose, column + "列 " + OUTCOMES_ADD_UP, "（七）总计 " + seven + "，各项办理结果之和 " + outcomes));
            }
        }
        for (TableThreeRow row : rows) {
            int sum = 0;
            for (int c = 0; c < RequestTable.TOTAL; c++) {
                sum += NationalFormat.tableThreeValue(row, table, c);
            }
            int total = NationalFormat.tableThreeValue(row, table, RequestTable.TOTAL);
            if (sum != total) {
                breaches.add(new Breach(whose, "“" + row.csvLabel() + "”行 " + COLUMNS_ADD_UP, "总计 " + total + "，六列之和 " + sum));
            }
        }
        return breaches;
    }

    /** The county's breaches first, then each department's in the order of the map. */
    static List<Breach> checkAll(RequestTable county, Map<String, RequestTable> departments, FormatEdition edition) {
        List<Breach> all = new ArrayList<>(check(COUNTY, county, edition));
        departments.forEach((department, table) -> all.addAll(check(department, table, edition)));
        return all;
    }
}
