package org.pubstats.ops;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code serve --inbox DIR --year YYYY [--port 8080] [--bind ADDRESS] [--out DIR] [--run-now]}, checked before
 * anything starts. The runs the console starts are the command line's ({@link #run()}); {@code home} is where the
 * office's login is kept ({@code $PUBSTATS_HOME}, as for the embedded database).
 */
public record ServeOptions(RunOptions run, int port, String bind, boolean runNow, Path home) {

    public static final int DEFAULT_PORT = 8080;
    public static final String LOOPBACK = "127.0.0.1";

    static final String HELP = """
            用法：./pubstats serve --inbox 目录 --year 年份 [--port 8080] [--bind 地址] [--out 目录] [--run-now]
            启动政务公开办的网页控制台：http://127.0.0.1:端口/ ，用户 office 登录后查看全县数据、报送情况和运行结果，
            并可点“立即运行”。按计划（pubstats.schedule，默认每天 02:00）自动运行，同一时间只运行一次。
            选项：
              --inbox 目录   收件箱（必填，同 run）
              --year 年份    统计年度（必填）
              --out 目录     输出目录（默认 out）
              --port 端口    网页端口（默认 8080）
              --bind 地址    监听地址（默认 127.0.0.1，只有本机能打开；在服务器上供他人使用时可设 0.0.0.0）
              --run-now      启动后立即运行一次
            密码：PUBSTATS_OFFICE_PASSWORD；未设置时首次启动生成并只显示一次，加密保存在 $PUBSTATS_HOME/office-password.bcrypt。
            按 Ctrl+C 停止。""";

    static ServeOptions parse(List<String> args) throws UsageException {
        Map<String, String> options = CommandLine.options(args,
                List.of("--inbox", "--year", "--out", "--port", "--bind"), List.of("--run-now"));
        List<String> runArgs = new java.util.ArrayList<>();
        for (String name : List.of("--inbox", "--year", "--out")) {
            if (options.containsKey(name)) {
                runArgs.add(name);
                runArgs.add(options.get(name));
            }
        }
        RunOptions run = RunOptions.parse(runArgs);
        int port = port(options.getOrDefault("--port", String.valueOf(DEFAULT_PORT)));
        String bind = options.getOrDefault("--bind", LOOPBACK).strip();
        if (bind.isEmpty()) {
            throw new UsageException("--bind 地址不能为空");
        }
        return new ServeOptions(run, port, bind, options.containsKey("--run-now"), WarehouseDatabase.home());
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("端口应是 0 到 65535 之间的数字：" + text);
    }

    /**
     * What makes the application a web application, for {@code serve} only: every other command runs with
     * {@code web-application-type: none} (application.yml), which only arguments override (default properties
     * come after the yml). The session cookie is HttpOnly and SameSite=Lax.
     */
    public String[] springArguments() {
        return new String[] {"--spring.main.web-application-type=servlet",
                "--server.port=" + port,
                "--server.address=" + bind,
                "--server.servlet.session.cookie.http-only=true",
                "--server.servlet.session.cookie.same-site=lax",
                "--server.servlet.session.cookie.name=PUBSTATS_SESSION",
                "--server.servlet.session.tracking-modes=cookie"};
    }
}
