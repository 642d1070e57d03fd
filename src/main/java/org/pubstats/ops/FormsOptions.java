package org.pubstats.ops;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.pubstats.report.FormatEdition;

/** {@code forms --year YYYY [--out DIR]}, checked before anything starts: the year must have national tables. */
public record FormsOptions(int year, Path out) {

    static final String HELP = """
            用法：./pubstats forms --year 年份 [--out 目录]
            为每个部门写出一份表二、表四填报表（年度报告国家格式的表二“主动公开政府信息情况”和表四“行政复议、行政诉讼情况”，
            这些数字各部门的信息目录和登记表中没有）：
              <out>/表二表四填报表-<部门>-<年份>.xlsx   部门名称和年度已填好，只有“填报数”一列可填（整数、不能为负数；金额为万元，两位小数），
                                                        其余单元格已锁定（工作表保护，密码 pubstats）
            部门：jobs/departments.csv 所列的部门；没有该文件时为数据库中该年度有数据的部门。
            各部门填好后交回，放入收件箱（任一文件夹、文件名可改），下次 run 即按表格样式识别读取；
            全县的表二、表四为各部门之和，未交回的部门和表四总计不符的部门列在 county-report-<年份>.xlsx 的“各部门表二表四”。
            2019、2020年用2019年试行格式的表二，2021年起用2021年格式；2019年以前的年报没有这些表，不写填报表。
            选项：
              --year 年份      年度报告的年度，例如 2022（必填，2019年起）
              --out 目录       输出目录（默认 out）
            退出码：0 完成，1 失败，2 参数错误。""";

    static FormsOptions parse(List<String> args) throws UsageException {
        Map<String, String> options = CommandLine.options(args, List.of("--year", "--out"));
        int year = CommandLine.year(options);
        if (!FormatEdition.forYear(year).hasNationalTables()) {
            throw new UsageException(year + "年的年报没有表二、表四（国家格式自2019年度报告起使用），不需要填报表");
        }
        return new FormsOptions(year, CommandLine.out(options));
    }
}
