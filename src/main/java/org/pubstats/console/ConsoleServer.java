package org.pubstats.console;

import java.util.concurrent.CountDownLatch;

import org.pubstats.ops.ServeCommand;
import org.pubstats.ops.ServeOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** {@code ./pubstats serve} once the web server is up: says where it is, runs at once when asked, then waits. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleServer implements ServeCommand {

    private final ConsoleRuns runs;
    private final ApplicationContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ConsoleServer(ConsoleRuns runs, ApplicationContext context) {
        this.runs = runs;
        this.context = context;
    }

    @Override
    public int serve(ServeOptions options) throws InterruptedException {
        int port = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : options.port();
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        System.out.println("控制台已启动：http://" + host + ":" + port + "/ （用户 " + OfficeLogin.USER + "）");
        System.out.println("收件箱：" + options.run().inbox() + "，统计年度：" + options.run().year()
                + "，计划运行：" + runs.schedule() + "（秒 分 时 日 月 周）。按 Ctrl+C 停止。");
        if (options.runNow()) {
            runs.start("启动时运行");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "pubstats-console-stop"));
        stopped.await();
        return 0;
    }
}
