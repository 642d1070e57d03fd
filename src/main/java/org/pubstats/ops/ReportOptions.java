package org.pubstats.ops;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code report --year YYYY [--out DIR]}, checked before anything starts. */
public record ReportOptions(int year, Path out) {

    static final String HELP = """
            用法：./pubstats report --year 年份 [--out 目录]
            只读取数据库（不读收件箱），写出该年度的年报材料：
              <out>/county-report-<年份>.xlsx    全县汇总表、各部门、各月（含图表）、各渠道、重点领域、待核查重复、国家格式表
              <out>/annual-report-<年份>.docx    年度报告草稿（数据已填写，文字部分标有【请填写：……】）
              <out>/feedback/<部门>-<年份>.xlsx  需要更正的部门：未采用的行、词典中没有的值、待核查重复
            选项：
              --year 年份    统计年度，例如 2018（必填；须已运行过 run --year 年份）
              --out 目录     输出目录（默认 out）
            退出码：0 完成，1 失败，2 参数错误。""";

    static ReportOptions parse(List<String> args) throws UsageException {
        Map<String, String> options = CommandLine.options(args, List.of("--year", "--out"));
        return new ReportOptions(CommandLine.year(options), CommandLine.out(options));
    }
}
