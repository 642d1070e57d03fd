package org.pubstats.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code run --inbox DIR --year YYYY [--out DIR] [--allow-withdraw] [--dry-run]}, checked before anything starts.
 * The inbox's folder name is its scope in the warehouse: a run compares, replaces and withdraws only that inbox's
 * files.
 */
public record RunOptions(Path inbox, int year, Path out, boolean allowWithdraw, boolean dryRun, boolean region,
                         boolean remote) {

    public RunOptions(Path inbox, int year, Path out) {
        this(inbox, year, out, false, false);
    }

    public RunOptions(Path inbox, int year, Path out, boolean allowWithdraw, boolean dryRun) {
        this(inbox, year, out, allowWithdraw, dryRun, false, false);
    }

    /** A region inbox ({@code <inbox>/<county>/<department>/<file>}), its counties computed here or by workers. */
    public static RunOptions region(Path inbox, int year, Path out, boolean remote) {
        return new RunOptions(inbox, year, out, false, false, true, remote);
    }

    /** The inbox's name in the warehouse: its folder name. */
    public String scope() {
        return inbox.getFileName() == null ? inbox.toString() : inbox.getFileName().toString();
    }

    static final String HELP = """
            用法：./pubstats run --inbox 目录 --year 年份 [--out 目录] [--allow-withdraw] [--dry-run]
                  ./pubstats run --region --inbox 目录 --year 年份 [--out 目录] [--remote]
            读取收件箱中各部门报送的文件，去重（相同信息计1条），计算该年度全县数据，并写出：
              <out>/county-summary-<年份>.csv   全县公开数据表（与年报表格相同）
              <out>/rejected-<年份>.csv         未采用的行和文件，以及原因
              <out>/files-<年份>.csv            每个文件的读取情况
            选项：
              --inbox 目录   收件箱：每个部门一个文件夹（必填）
              --year 年份    统计年度，例如 2018（必填）
              --out 目录     输出目录（默认 out）
              --dry-run      只列出将读取、替换和撤回的文件，不做任何更改
              --region       地区收件箱：每个县（市、区）一个文件夹，其下每个部门一个文件夹；各县分别去重、计算，
                             写出 <out>/<县>/ 下各县的文件和 <out>/region-summary-<年份>.csv、region-report-<年份>.xlsx
              --remote       （与 --region 同用）各县交给 ./pubstats worker 进程计算（经 RabbitMQ：
                             SPRING_RABBITMQ_HOST/PORT/USERNAME/PASSWORD），本进程等待它们完成
              --allow-withdraw  允许撤回较多文件：收件箱中不见了超过10%（且至少5个）已采用的文件时，
                             不加此项则运行停止、不做任何更改，并列出缺少的文件
            每个收件箱以其文件夹名区分（如 inbox-2018、inbox-2019）：运行只替换、撤回本收件箱的文件，
            不影响其他收件箱；某年度的数字统计所有收件箱中发布日期在该年度的信息。
            数据库：未设置 SPRING_DATASOURCE_URL 时使用内置 PostgreSQL，数据保存在 $PUBSTATS_HOME（默认 ./.pubstats）。
            退出码：0 完成，1 失败，2 参数错误。""";

    static RunOptions parse(List<String> args) throws UsageException {
        Map<String, String> options = CommandLine.options(args, List.of("--inbox", "--year", "--out"),
                List.of("--allow-withdraw", "--dry-run", "--region", "--remote"));
        String inbox = options.get("--inbox");
        if (inbox == null) {
            throw new UsageException("缺少 --inbox 目录");
        }
        Path inboxPath = CommandLine.path(inbox, "收件箱目录").toAbsolutePath().normalize();
        if (!Files.isDirectory(inboxPath)) {
            throw new UsageException("收件箱目录不存在：" + inbox);
        }
        int year = CommandLine.year(options);
        boolean region = options.containsKey("--region");
        if (options.containsKey("--remote") && !region) {
            throw new UsageException("--remote 只用于地区收件箱（--region）");
        }
        if (region && options.containsKey("--dry-run")) {
            throw new UsageException("--dry-run 不用于地区收件箱（--region）");
        }
        return new RunOptions(inboxPath, year, CommandLine.out(options), options.containsKey("--allow-withdraw"),
                options.containsKey("--dry-run"), region, options.containsKey("--remote"));
    }
}
