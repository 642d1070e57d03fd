package org.pubstats.ops;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pubstats.PubstatsApplication;
import org.pubstats.report.DepartmentFormFiles;
import org.pubstats.report.PeriodReport;
import org.pubstats.report.YearEndReport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code run}, {@code report}, {@code forms}, {@code serve}, {@code db}, {@code help}. Arguments are checked before anything
 * starts; exit status 0 done, 1 failed, 2 bad arguments (design.md §8).
 */
public final class Launcher {

    static final String HELP = """
            pubstats —— 政府信息公开统计：汇总各部门报送的表格，去重后计算全县年报数据。
            用法：./pubstats <命令> [选项]
              run --inbox 目录 --year 年份 [--out 目录]   读取收件箱，计算并写出该年度数据
              report --year 年份 [--out 目录]             从数据库写出该年度年报材料（xlsx、docx、各部门反馈）
              report --year 年份 --period 统计期 [--out 目录]
                                                          写出某月、季度或半年的材料（period-report-统计期.xlsx）
              forms --year 年份 [--out 目录]              为每个部门写出表二、表四填报表（2019年起），交回后放入收件箱即可读取
              serve --inbox 目录 --year 年份 [--port 8080]   启动网页控制台（按计划运行、报送情况、立即运行），按 Ctrl+C 停止
              run --region --inbox 目录 --year 年份 [--remote]  地区收件箱：每县一个文件夹，各县分别计算并汇总
              worker                                      为 run --region --remote 计算各县（可在多台机器上运行）
              db                                          启动内置数据库供 psql 等工具查询，按 Ctrl+C 停止
              help                                        显示本说明
            每个命令都有 --help。""";

    static final String DB_HELP = """
            用法：./pubstats db
            启动内置 PostgreSQL（数据在 $PUBSTATS_HOME，默认 ./.pubstats），打印连接方式，按 Ctrl+C 停止。
            期间 ./pubstats run 和 report 照常可用（共用同一个数据库）。
            分析人员用只读账户 pubstats_analyst 登录，密码为 PUBSTATS_ANALYST_PASSWORD，或 $PUBSTATS_HOME/analyst-password。
            端口 PUBSTATS_DB_PORT（默认 54329，被占用时报错）；只在 127.0.0.1 监听，PUBSTATS_DB_LISTEN 可指定其他地址
            （其他机器只能以 pubstats_analyst 凭密码登录）。
            用户 postgres 的密码在 $PUBSTATS_HOME/postgres-password（仅运行 pubstats 的用户可读）。
            设置了 SPRING_DATASOURCE_URL 时不需要此命令。""";

    static final String WORKER_HELP = """
            用法：./pubstats worker
            为地区运行（./pubstats run --region --remote）计算各县（市、区）：从 RabbitMQ 领取一个县，
            像县级运行一样读取、去重、计算并写出该县的文件，完成后再领取下一个，按 Ctrl+C 停止。
            可在本机或其他机器上运行多个；各 worker 与发起运行的机器须连接同一个数据库（SPRING_DATASOURCE_URL）
            和同一个 RabbitMQ（SPRING_RABBITMQ_HOST、SPRING_RABBITMQ_PORT、SPRING_RABBITMQ_USERNAME、
            SPRING_RABBITMQ_PASSWORD），并能以同一路径读到收件箱、写到输出目录（例如共享文件夹）。""";

    private Launcher() {
    }

    public static void main(String[] args) {
        localeWarning(System.getProperty("sun.jnu.encoding")).ifPresent(System.err::println);
        System.exit(launch(args));
    }

    public static int launch(String[] argv) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty()) {
            System.err.println("pubstats: 缺少命令（查看 ./pubstats help）");
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        switch (args.get(0)) {
            case "help", "--help", "-h" -> {
                System.out.println(HELP);
                return 0;
            }
            case "run" -> {
                if (CommandLine.wantsHelp(rest)) {
                    System.out.println(RunOptions.HELP);
                    return 0;
                }
                RunOptions options;
                try {
                    options = RunOptions.parse(rest);
                } catch (UsageException e) {
                    System.err.println("pubstats run: " + e.getMessage() + "（查看 ./pubstats run --help）");
                    return 2;
                }
                String[] spring = options.remote() ? new String[] {"--pubstats.partitions=remote"} : new String[0];
                return withWarehouse(spring, null, context -> context.getBean(RunCommand.class).run(options));
            }
            case "worker" -> {
                if (CommandLine.wantsHelp(rest)) {
                    System.out.println(WORKER_HELP);
                    return 0;
                }
                if (!rest.isEmpty()) {
                    System.err.println("pubstats worker: 未知参数：" + rest.get(0) + "（查看 ./pubstats worker --help）");
                    return 2;
                }
                return withWarehouse(new String[] {"--pubstats.worker=true"}, null, context -> {
                    System.out.println("pubstats worker 已启动：从 RabbitMQ 队列 " + context.getEnvironment().getProperty(
                            "pubstats.remote-queue", org.pubstats.job.RemotePartitionsConfiguration.QUEUE)
                            + " 领取各县的计算，按 Ctrl+C 停止。");
                    Thread.currentThread().join();
                    return 0;
                });
            }
            case "report" -> {
                if (CommandLine.wantsHelp(rest)) {
                    System.out.println(ReportOptions.HELP);
                    return 0;
                }
                ReportOptions options;
                try {
                    options = ReportOptions.parse(rest);
                } catch (UsageException e) {
                    System.err.println("pubstats report: " + e.getMessage() + "（查看 ./pubstats report --help）");
                    return 2;
                }
                return withWarehouse(context -> {
                    if (options.period() != null) {
                        System.out.println("已写出：" + context.getBean(PeriodReport.class).write(options.period(), options.out()));
                        return 0;
                    }
                    context.getBean(YearEndReport.class).write(options.year(), options.out())
                            .forEach(file -> System.out.println("已写出：" + file));
                    return 0;
                });
            }
            case "forms" -> {
                if (CommandLine.wantsHelp(rest)) {
                    System.out.println(FormsOptions.HELP);
                    return 0;
                }
                FormsOptions options;
                try {
                    options = FormsOptions.parse(rest);
                } catch (UsageException e) {
                    System.err.println("pubstats forms: " + e.getMessage() + "（查看 ./pubstats forms --help）");
                    return 2;
                }
                return withWarehouse(context -> {
                    DepartmentFormFiles forms = context.getBean(DepartmentFormFiles.class);
                    List<java.nio.file.Path> files = forms.write(options.year(), options.out());
                    if (files.isEmpty()) {
                        System.err.println("pubstats forms: 没有部门：jobs/departments.csv 不存在，数据库中也没有" + options.year()
                                + "年的部门（请先建立 jobs/departments.csv，或先运行 run --year " + options.year() + "）");
                        return 1;
                    }
                    System.out.println("已写出 " + files.size() + " 份表二、表四填报表（" + options.out() + "）：");
                    files.forEach(file -> System.out.println("  " + file.getFileName()));
                    return 0;
                });
            }
            case "serve" -> {
                if (CommandLine.wantsHelp(rest)) {
                    System.out.println(ServeOptions.HELP);
                    return 0;
                }
                ServeOptions options;
                try {
                    options = ServeOptions.parse(rest);
                } catch (UsageException e) {
                    System.err.println("pubstats serve: " + e.getMessage() + "（查看 ./pubstats serve --help）");
                    return 2;
                }
                return withWarehouse(options.springArguments(), options,
                        context -> context.getBean(ServeCommand.class).serve(options));
            }
            case "db" -> {
                if (CommandLine.wantsHelp(rest)) {
                    System.out.println(DB_HELP);
                    return 0;
                }
                if (!rest.isEmpty()) {
                    System.err.println("pubstats db: 未知参数：" + rest.get(0) + "（查看 ./pubstats db --help）");
                    return 2;
                }
                return serveDatabase();
            }
            default -> {
                System.err.println("pubstats: 未知命令：" + args.get(0) + "（查看 ./pubstats help）");
                return 2;
            }
        }
    }

    interface Command {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    static int withWarehouse(Command command) {
        return withWarehouse(new String[0], null, command);
    }

    /** With Spring arguments ({@code --name=value}), and {@code serve}'s options as a bean when given. */
    static int withWarehouse(String[] arguments, ServeOptions serve, Command command) {
        try (WarehouseDatabase database = WarehouseDatabase.open();
             ConfigurableApplicationContext context = application(database.springProperties(), serve).run(arguments)) {
            return command.run(context);
        } catch (WarehouseDatabase.BusyException e) {
            System.err.println("pubstats: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("pubstats: 运行失败：" + rootMessage(e));
            return 1;
        }
    }

    /**
     * The application on a warehouse's properties; with {@code serve} (when not null) its options a bean, for the
     * console (run it with {@link ServeOptions#springArguments()}).
     */
    public static SpringApplicationBuilder application(Map<String, Object> database, ServeOptions serve) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PubstatsApplication.class).properties(database);
        if (serve != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("serveOptions", serve));
        }
        return builder;
    }

    private static int serveDatabase() {
        if (WarehouseDatabase.externalConfigured()) {
            System.out.println("已设置 SPRING_DATASOURCE_URL：请直接连接该数据库。");
            return 0;
        }
        try (WarehouseDatabase database = WarehouseDatabase.open()) {
            // Apply the migrations so an analyst sees the views even before the first run.
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(PubstatsApplication.class)
                    .properties(database.springProperties()).run()) {
                System.out.println("内置数据库已启动（端口 " + database.embedded().port() + "）。");
                System.out.println("分析人员（只读账户 " + AnalystAccess.ROLE + "）：");
                System.out.println(database.embedded().analystHint(WarehouseDatabase.DATABASE));
                System.out.println("管理员：" + database.embedded().psqlHint(WarehouseDatabase.DATABASE));
                System.out.println("期间可照常运行 ./pubstats run 和 report。按 Ctrl+C 停止（仍有 pubstats 在用时，数据库等它结束后才停止）。");
            }
            Thread.currentThread().join();
            return 0;
        } catch (WarehouseDatabase.BusyException e) {
            System.err.println("pubstats: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (RuntimeException e) {
            System.err.println("pubstats: 运行失败：" + rootMessage(e));
            return 1;
        }
    }

    /**
     * Java decodes file names with the locale's character set ({@code sun.jnu.encoding}); without a UTF-8 locale
     * (LANG unset, as under cron) Chinese folder and file names cannot be read. The warning names the fix; it
     * ends in English too, for a terminal that cannot show Chinese either.
     */
    public static Optional<String> localeWarning(String fileNameEncoding) {
        boolean utf8;
        try {
            utf8 = fileNameEncoding != null && Charset.forName(fileNameEncoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            utf8 = false;
        }
        if (utf8) {
            return Optional.empty();
        }
        return Optional.of("pubstats: 警告：系统语言环境不是 UTF-8（文件名字符集 " + fileNameEncoding
                + "），中文文件夹和文件名将无法识别。请先设置 export LANG=C.UTF-8 再运行（./pubstats 会自动设置）。"
                + " (No UTF-8 locale: file names cannot be decoded; run with LANG=C.UTF-8)");
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
