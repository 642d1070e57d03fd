package org.pubstats.ops;

import java.nio.file.Files;
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
        String year = options.get("--year");
        if (year == null) {
            throw new UsageException("缺少 --year 年份");
        }
        int yearValue;
        try {
            yearValue = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new UsageException("年份不是数字：" + year);
        }
        if (yearValue < 1949 || yearValue > 2100) {
            throw new UsageException("年份应在1949到2100之间：" + year);
        }
        Path out = Path.of(options.getOrDefault("--out", "out")).toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("输出位置已存在且不是目录：" + out);
        }
        return new ReportOptions(yearValue, out);
    }
}
