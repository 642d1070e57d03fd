package org.pubstats.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.pubstats.report.PeriodData.DepartmentMonths;

/**
 * period-report-&lt;period&gt;.xlsx: the county row to the period's end, the period's items by department and
 * month, the departments without items. Small, so written straight into the file ({@link XlsxStream}).
 */
final class PeriodWorkbook {

    static final String COUNTY = "全县累计";
    static final String DEPARTMENT_MONTHS = "各部门各月";
    static final String WITHOUT_ITEMS = "本期无信息的部门";
    static final int COUNTY_ROW = 2;

    private PeriodWorkbook() {
    }

    static Path write(PeriodData data, Path file) {
        return AtomicFile.write(file, stream -> {
            try (XlsxStream workbook = new XlsxStream(stream, List.of(COUNTY, DEPARTMENT_MONTHS, WITHOUT_ITEMS))) {
                county(workbook.sheet(COUNTY), data);
                departmentMonths(workbook.sheet(DEPARTMENT_MONTHS), data);
                withoutItems(workbook.sheet(WITHOUT_ITEMS), data);
            }
        });
    }

    private static void county(SheetOut out, PeriodData data) {
        Period period = data.period();
        out.columns(22, 12, 18, 12, 12, 12, 12, 12);
        int last = YearExports.COUNTY_HEADER.size() - 1;
        out.title(0, last, period.label() + data.countyName() + "政府信息公开情况（截至" + day(period.end()) + "）");
        for (int c = 0; c <= last; c++) {
            out.header(1, c, YearExports.COUNTY_HEADER.get(c));
        }
        CountySheet.countyRow(out, COUNTY_ROW, "累计数量", data.toDate());
        int r = COUNTY_ROW + 2;
        out.header(r, 0, "项目");
        out.header(r, 1, "条数");
        r++;
        out.text(r, 0, "信息总数（相同信息计1条）");
        out.number(r++, 1, data.toDate().distinctItems());
        out.text(r, 0, "政策解读");
        out.number(r++, 1, data.toDate().policyInterpretations());
        out.text(r, 0, "其中" + period.label() + "发布");
        out.number(r++, 1, data.countyTotal());
        r++;
        out.note(r++, last, "统计期限为" + period.year() + "年1月1日起至" + day(period.end()) + "止（本年年初至"
                + period.label() + "末累计），规则与年度数据相同：各列均按相同信息计1条统计，以合并各来源后的发布日期为准；"
                + "政府网站与通过其他方式公开可同时计入同一条信息；依申请公开按首次收到申请的日期计。");
        out.note(r, last, period.label() + "（" + day(period.start()) + "至" + day(period.end())
                + "）本身的信息按部门和月份列在「" + DEPARTMENT_MONTHS + "」，没有信息的部门列在「" + WITHOUT_ITEMS + "」。");
        out.printable(true, 0);
    }

    private static void departmentMonths(SheetOut out, PeriodData data) {
        Period period = data.period();
        int months = data.countyMonths().length;
        int[] widths = new int[months + 2];
        widths[0] = 24;
        for (int c = 1; c <= months; c++) {
            widths[c] = 9;
        }
        widths[months + 1] = 10;
        out.columns(widths);
        int last = months + 1;
        out.title(0, last, period.label() + "各部门各月公开信息条数");
        out.header(1, 0, "部门");
        for (int m = 0; m < months; m++) {
            out.header(1, m + 1, (period.firstMonth() + m) + "月");
        }
        out.header(1, last, "合计");
        int r = 2;
        for (DepartmentMonths line : data.departments()) {
            out.text(r, 0, line.department());
            for (int m = 0; m < months; m++) {
                out.number(r, m + 1, line.months()[m]);
            }
            out.number(r, last, line.total());
            r++;
        }
        out.header(r, 0, "全县（去重后）");
        for (int m = 0; m < months; m++) {
            out.number(r, m + 1, data.countyMonths()[m]);
        }
        out.number(r, last, data.countyTotal());
        r += 2;
        out.note(r, last, "按去重后信息的发布日期（合并各来源后的日期）计月份，只含" + period.label() + "（"
                + day(period.start()) + "至" + day(period.end()) + "）发布的信息。一条信息由几个部门报送，就计入每个部门，"
                + "所以各部门相加不等于全县（去重后）的条数。本期没有信息的部门见「" + WITHOUT_ITEMS + "」。");
        out.printable(months > 6, 2);
    }

    private static void withoutItems(SheetOut out, PeriodData data) {
        Period period = data.period();
        out.columns(8, 36);
        out.title(0, 1, period.label() + "没有公开信息的部门");
        out.header(1, 0, "序号");
        out.header(1, 1, "部门");
        int r = 2;
        for (String department : data.withoutItems()) {
            out.number(r, 0, r - 1);
            out.text(r, 1, department);
            r++;
        }
        out.note(r + 1, 1, data.withoutItems().isEmpty() ? "每个部门在" + period.label() + "都有公开信息。"
                : "以上部门在" + period.label() + "（" + day(period.start()) + "至" + day(period.end())
                        + "）没有报送发布日期在其中的信息。部门指收件箱中有文件、或在表格中写明的部门（与年度表「各部门」相同）。");
        out.printable(false, 2);
    }

    /** 2018年3月31日. */
    private static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
