package org.pubstats.report;

import org.pubstats.report.YearEndData.DepartmentLine;

/** 「各部门」: per department, what it reported, what that became after deduplication, what it must correct. */
final class DepartmentsSheet {

    static final String NAME = "各部门";

    private DepartmentsSheet() {
    }

    static void write(SheetWriter out, YearEndData data) {
        out.columns(24, 16, 22, 12, 24);
        out.title(0, 4, data.year() + "年各部门报送情况");
        String[] header = {"部门", "报送条数（行）", "涉及信息条数（去重后）", "未采用行数", "词典中没有的渠道/类别值"};
        for (int c = 0; c < header.length; c++) {
            out.header(1, c, header[c]);
        }
        int r = 2;
        long rows = 0;
        long distinctSum = 0;
        long rejected = 0;
        long unmapped = 0;
        for (DepartmentLine line : data.departments()) {
            out.text(r, 0, line.department());
            out.number(r, 1, line.rowsReported());
            out.number(r, 2, line.distinctItems());
            out.number(r, 3, line.rejectedRows());
            out.number(r, 4, line.unmappedValues());
            rows += line.rowsReported();
            distinctSum += line.distinctItems();
            rejected += line.rejectedRows();
            unmapped += line.unmappedValues();
            r++;
        }
        out.header(r, 0, "合计（全县）");
        out.number(r, 1, rows);
        out.number(r, 2, data.figures().distinctItems());
        out.number(r, 3, rejected);
        out.number(r, 4, unmapped);
        r += 2;
        out.note(r, 4, "注：同一条信息可由多个部门报送、在多处公开（相同信息计1条），所以各部门的“涉及信息条数”相加（"
                + distinctSum + "）不等于全县信息总数（" + data.figures().distinctItems() + "），合计行给出的是全县去重后的条数。"
                + "未采用行数包括整个无法读取的文件（计1行）。");
        out.printable(false, 2);
    }
}
