package org.pubstats.report;

import java.util.List;
import java.util.SortedMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run summary's lines on Table 三 (from 2019): the county's totals, and every rule the county's or a department's
 * figures break, with the numbers (design.md §2.4).
 */
public final class TableThreeSummary {

    private TableThreeSummary() {
    }

    public static String render(JdbcTemplate jdbc, int year) {
        FormatEdition edition = FormatEdition.forYear(year);
        if (!edition.hasNationalTables()) {
            return "";
        }
        SortedMap<String, RequestTable> departments = YearEndQueries.requests(jdbc, year);
        RequestTable county = departments.remove("");
        if (county == null) {
            county = RequestTable.empty();
        }
        int t = RequestTable.TOTAL;
        StringBuilder text = new StringBuilder(String.format("表三（依申请公开）：本年新收 %d，上年结转 %d，本年办结 %d，结转下年度 %d%n",
                county.value(RequestTable.RECEIVED, t), county.value(RequestTable.CARRIED_OVER, t),
                county.value(RequestTable.COMPLETED_TOTAL, t), county.value(RequestTable.CARRIED_FORWARD, t)));
        List<Table3Checks.Breach> breaches = Table3Checks.checkAll(county, departments, edition);
        if (breaches.isEmpty()) {
            text.append("表三勾稽关系（一 + 二 = 三（七）+ 四，总计 = 六列之和，（七）= 各项办理结果之和）：全县和各部门均相符\n");
        } else {
            text.append("表三勾稽关系不符（见 county-report-").append(year).append(".xlsx 的“各部门表三”）：\n");
            breaches.forEach(b -> text.append("  ").append(b.sentence()).append('\n'));
        }
        return text.toString();
    }
}
