package org.pubstats.ops;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.pubstats.report.Period;

/**
 * {@code report --year YYYY [--period P] [--out DIR]}, checked before anything starts. {@code period} is null
 * for the year's files.
 */
public record ReportOptions(int year, Period period, Path out) {

    static final String HELP = """
            用法：./pubstats report --year 年份 [--period 统计期] [--out 目录]
            只读取数据库（不读收件箱），写出该年度的年报材料：
              <out>/county-report-<年份>.xlsx    全县汇总表、各部门、各月（含图表）、各渠道、重点领域、待核查重复、国家格式表
              <out>/annual-report-<年份>.docx    年度报告草稿（数据已填写，文字部分标有【请填写：……】）
              <out>/feedback/<部门>-<年份>.xlsx  需要更正的部门：未采用的行、词典中没有的值、待核查重复
            给出 --period 时只写出该月、季度或半年的材料（用于月分析调度、季检查督导、半年总结评估）：
              <out>/period-report-<统计期>.xlsx  全县数据（从1月1日累计到统计期末，规则与年度数据相同）、
                                                 统计期内各部门各月的信息条数、统计期内没有信息的部门
            选项：
              --year 年份      统计年度，例如 2018（必填；须已运行过 run --year 年份）
              --period 统计期  月 2018-03、季度 2018-Q1 或半年 2018-H1，须在 --year 年度之内
              --out 目录       输出目录（默认 out）
            退出码：0 完成，1 失败，2 参数错误。""";

    static ReportOptions parse(List<String> args) throws UsageException {
        Map<String, String> options = CommandLine.options(args, List.of("--year", "--period", "--out"));
        int year = CommandLine.year(options);
        Period period = period(options.get("--period"), year);
        return new ReportOptions(year, period, CommandLine.out(options));
    }

    private static Period period(String text, int year) throws UsageException {
        if (text == null) {
            return null;
        }
        Period period;
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (period.year() != year) {
            throw new UsageException("统计期 " + text.strip() + " 不在 --year " + year + " 年度之内");
        }
        return period;
    }
}
