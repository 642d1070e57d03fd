package org.pubstats.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.pubstats.intake.IntakeProgress;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.ServeOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The console's runs: the command line's own {@link RunCommand}, on the schedule ({@code pubstats.schedule}, a cron
 * expression, default 02:00 every night), at start with {@code --run-now}, and on the 立即运行 button. One at a time:
 * a second start while one runs is refused with a message (and a run of {@code ./pubstats run} from a terminal at
 * the same time is refused by the run command's own lock, in the run's result). Each run's lines are kept, as the
 * terminal would have shown them.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ConsoleRuns implements DisposableBean {

    private static final int KEPT = 20;

    /** A run going on: why it started, when, and (from the load's counters) how far. */
    public record Running(String trigger, Instant started) {}

    /** A finished run of this console: exit 0 done, 1 failed; its lines as the terminal shows them. */
    public record Finished(String trigger, Instant started, Instant finished, int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }

        public Duration took() {
            return Duration.between(started, finished);
        }
    }

    /** What the overview shows of a running job: files done of total once the load has begun. */
    public record Progress(Running run, int filesDone, int filesTotal) {}

    private final RunCommand command;
    private final ServeOptions options;
    private final IntakeProgress progress;
    private final String schedule;
    private final AtomicReference<Running> running = new AtomicReference<>();
    private final Deque<Finished> finished = new ArrayDeque<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pubstats-console-run");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public ConsoleRuns(RunCommand command, ServeOptions options, IntakeProgress progress,
                       @Value("${pubstats.schedule:0 0 2 * * *}") String schedule) {
        this.command = command;
        this.options = options;
        this.progress = progress;
        this.schedule = schedule;
        scheduler.setThreadNamePrefix("pubstats-console-schedule-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        // a bad expression stops the start here, with the expression named
        scheduler.schedule(() -> start("按计划"), new CronTrigger(schedule));
    }

    public String schedule() {
        return schedule;
    }

    public ServeOptions options() {
        return options;
    }

    /** Starts a run unless one is going on; the refusal's message when one is. */
    public Optional<String> start(String trigger) {
        Running run = new Running(trigger, Instant.now());
        if (!running.compareAndSet(null, run)) {
            return Optional.of("已有一次运行正在进行（" + running.get().trigger() + "），请等它结束后再运行。");
        }
        progress.start(0); // the counters of the last run's load are not this run's
        worker.submit(() -> execute(run));
        return Optional.empty();
    }

    private void execute(Running run) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int exit;
        try (PrintStream both = new PrintStream(new Tee(lines, System.out), true, StandardCharsets.UTF_8)) {
            try {
                exit = command.run(options.run(), both, both);
            } catch (Exception | Error e) {
                both.println("pubstats: 运行失败：" + e.getMessage());
                exit = 1;
            }
        }
        synchronized (finished) {
            finished.addFirst(new Finished(run.trigger(), run.started(), Instant.now(), exit,
                    lines.toString(StandardCharsets.UTF_8)));
            while (finished.size() > KEPT) {
                finished.removeLast();
            }
        }
        running.set(null);
    }

    public Optional<Progress> current() {
        Running run = running.get();
        return run == null ? Optional.empty() : Optional.of(new Progress(run, progress.filesDone(), progress.filesTotal()));
    }

    /** This console's finished runs, last first. */
    public List<Finished> finished() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
        worker.shutdownNow();
    }

    /** Writes to the run's kept lines and to the server's own output. */
    private static final class Tee extends OutputStream {
        private final OutputStream kept;
        private final OutputStream shown;

        Tee(OutputStream kept, OutputStream shown) {
            this.kept = kept;
            this.shown = shown;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            kept.write(b);
            shown.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            kept.write(b, off, len);
            shown.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            shown.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            flush(); // System.out stays open
        }
    }
}
