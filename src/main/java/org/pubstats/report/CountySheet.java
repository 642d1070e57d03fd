package org.pubstats.report;

import java.util.Optional;

import org.pubstats.figures.CountyFigures;

/** 「全县汇总」: the county table as the report prints it (seed layout), the year before beside it, the derived lines. */
final class CountySheet {

    static final String NAME = "全县汇总";
    static final int COUNTY_ROW = 2;

    private CountySheet() {
    }

    static void write(SheetWriter out, YearEndData data) {
        out.columns(22, 12, 18, 12, 12, 12, 12, 12);
        int year = data.year();
        int last = YearExports.COUNTY_HEADER.size() - 1;
        out.title(0, last, year + "年" + data.countyName() + "政府信息公开情况");
        for (int c = 0; c <= last; c++) {
            out.header(1, c, YearExports.COUNTY_HEADER.get(c));
        }
        int r = COUNTY_ROW;
        countyRow(out, r++, "数量", data.figures());
        if (data.previous().isPresent()) {
            countyRow(out, r++, "上年数量", data.previous().get());
        } else {
            out.header(r, 0, "上年数量");
            for (int c = 1; c <= last; c++) {
                out.text(r, c, "—");
            }
            r++;
        }
        r++;
        Optional<CountyFigures> previous = data.previous();
        out.header(r, 0, "项目");
        out.header(r, 1, year + "年");
        out.header(r, 2, (year - 1) + "年");
        r++;
        derivedRow(out, r++, "政策解读", data.figures().policyInterpretations(),
                previous.map(CountyFigures::policyInterpretations));
        int rateRow = r;
        out.text(rateRow, 0, "解读率");
        rate(out, rateRow, 1, data.figures());
        previous.ifPresentOrElse(p -> rate(out, rateRow, 2, p), () -> out.text(rateRow, 2, "—"));
        int next = rateRow + 1;
        derivedRow(out, next++, "信息总数（相同信息计1条）", data.figures().distinctItems(),
                previous.map(CountyFigures::distinctItems));
        next++;
        if (previous.isEmpty()) {
            out.note(next++, last, "“—”：" + (year - 1) + "年的数据没有用本系统统计过（需以" + (year - 1)
                    + "年的收件箱运行 run --year " + (year - 1) + "），因此不列上年数量。");
        }
        out.note(next++, last, "本年度报告中使用数据统计期限为" + year + "年1月1日起至" + year + "年12月31日止。");
        out.note(next, last, "解读率 = 政策解读 ÷ 规范性文件。各列均按相同信息计1条统计；"
                + "政府网站与通过其他方式公开可同时计入同一条信息。");
        out.printable(true, 0);
    }

    /** A row of the county table: its label, then the seven numbers in the report's order. */
    static void countyRow(SheetOut out, int r, String label, CountyFigures figures) {
        out.header(r, 0, label);
        int[] values = figures.reportRow();
        for (int i = 0; i < values.length; i++) {
            out.number(r, i + 1, values[i]);
        }
    }

    private static void derivedRow(SheetWriter out, int r, String label, int value, Optional<Integer> previous) {
        out.text(r, 0, label);
        out.number(r, 1, value);
        previous.ifPresentOrElse(p -> out.number(r, 2, p), () -> out.text(r, 2, "—"));
    }

    private static void rate(SheetWriter out, int r, int c, CountyFigures figures) {
        if (figures.interpretationRate().isPresent()) {
            out.percent(r, c, figures.interpretationRate().getAsDouble() / 100.0);
        } else {
            out.noData(r, c);
        }
    }
}
