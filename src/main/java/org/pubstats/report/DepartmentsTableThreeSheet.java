package org.pubstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pubstats.report.NationalFormat.TableThreeRow;

/**
 * 「各部门表三」: every department's Table 三 side by side, one line per department (the county first) with the 总计
 * column of each row of the year's format, and whether its rules hold; then each broken rule with its numbers, and
 * each department's table in full (seven columns) below, for the ones who fill in the national forms by hand.
 */
final class DepartmentsTableThreeSheet {

    static final String NAME = "各部门表三";

    private DepartmentsTableThreeSheet() {
    }

    static void write(SheetWriter out, YearEndData data) {
        List<TableThreeRow> rows = NationalFormat.tableThree(data.edition());
        int last = rows.size() + 1;
        int[] widths = new int[last + 1];
        widths[0] = 28;
        for (int c = 1; c <= rows.size(); c++) {
            widths[c] = 10;
        }
        widths[last] = 40;
        out.columns(widths);
        out.title(0, last, data.year() + "年各部门收到和处理政府信息公开申请情况（表三，各行为总计列）");
        out.header(2, 0, "部门");
        for (int c = 0; c < rows.size(); c++) {
            out.header(2, 1 + c, rows.get(c).csvLabel());
        }
        out.header(2, last, "勾稽关系");
        out.height(2, 120);
        int r = 3;
        List<Table3Checks.Breach> all = new ArrayList<>();
        r = line(out, r, Table3Checks.COUNTY, data.requests(), rows, data.edition(), all);
        for (Map.Entry<String, RequestTable> department : data.departmentRequests().entrySet()) {
            r = line(out, r, department.getKey(), department.getValue(), rows, data.edition(), all);
        }
        r = TableThreeNotes.write(out, data.edition(), all, r + 1, last);
        out.note(r++, last, "只列出有申请的部门；其他部门的表三各项均为0。各部门本部门的年度报告草稿（departments/annual-report-部门-年份.docx）含完整的表三。");
        out.printable(true, 3);
    }

    private static int line(SheetWriter out, int r, String whose, RequestTable table, List<TableThreeRow> rows,
                            FormatEdition edition, List<Table3Checks.Breach> all) {
        out.text(r, 0, whose);
        for (int c = 0; c < rows.size(); c++) {
            out.number(r, 1 + c, NationalFormat.tableThreeValue(rows.get(c), table, RequestTable.TOTAL));
        }
        List<Table3Checks.Breach> breaches = Table3Checks.check(whose, table, edition);
        all.addAll(breaches);
        out.text(r, rows.size() + 1, breaches.isEmpty() ? "相符" : "不符：" + String.join("；",
                breaches.stream().map(b -> b.rule() + "（" + b.numbers() + "）").toList()));
        return r + 1;
    }
}
