package org.pubstats.region;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;

/**
 * The processes of the remote-partition tests: {@code ./pubstats worker} and {@code ./pubstats run --region --remote}
 * as child processes of the real launcher, on one test database and the RabbitMQ at
 * {@code SPRING_RABBITMQ_HOST:SPRING_RABBITMQ_PORT} (default 127.0.0.1:5672, guest/guest), each test on a queue of
 * its own.
 */
final class RemoteRegion {

    static final String HOST = env("SPRING_RABBITMQ_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("SPRING_RABBITMQ_PORT", "5672"));

    private final TestDatabase.Database database;
    private final Path dir;
    private final String queue;
    private final long timeoutSeconds;
    private final List<Process> started = new ArrayList<>();
    private int workers;

    RemoteRegion(TestDatabase.Database database, Path dir, String queue, long timeoutSeconds) {
        this.database = database;
        this.dir = dir;
        this.queue = queue;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Whether a RabbitMQ answers: the remote tests are skipped without one. */
    static boolean rabbitAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private ProcessBuilder builder(Path workDir, List<String> arguments) throws IOException {
        ProcessBuilder builder = LauncherScript.builder(database, workDir, arguments);
        Map<String, String> env = builder.environment();
        env.put("SPRING_RABBITMQ_HOST", HOST);
        env.put("SPRING_RABBITMQ_PORT", Integer.toString(PORT));
        env.put("SPRING_RABBITMQ_USERNAME", env("SPRING_RABBITMQ_USERNAME", "guest"));
        env.put("SPRING_RABBITMQ_PASSWORD", env("SPRING_RABBITMQ_PASSWORD", "guest"));
        env.put("PUBSTATS_REMOTE_QUEUE", queue);
        env.put("PUBSTATS_REMOTE_TIMEOUT", Long.toString(timeoutSeconds));
        env.put("PUBSTATS_REMOTE_POLL_MS", "300");
        return builder;
    }

    /** Starts a worker; its output goes to {@code worker-N/stdout.txt}. */
    Worker worker() throws IOException {
        Path workDir = dir.resolve("worker-" + (++workers));
        Path stdout = workDir.resolve("stdout.txt");
        ProcessBuilder builder = builder(workDir, List.of("worker"));
        builder.redirectOutput(stdout.toFile()).redirectError(workDir.resolve("stderr.txt").toFile());
        Process process = builder.start();
        started.add(process);
        return new Worker(process, stdout);
    }

    record Worker(Process process, Path stdout) {
        String output() throws IOException {
            return Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
        }

        /** Waits until the worker has taken a partition (printed 开始分区); its step execution id. */
        long awaitPartition(long seconds) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("开始分区 (\\d+)").matcher(output());
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the worker ended: " + output());
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("the worker took no partition in " + seconds + " s: " + output());
        }

        void kill() throws Exception {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no last word to the job repository
            process.waitFor();
        }
    }

    /** Runs the manager: {@code ./pubstats run --region --remote}. */
    LauncherScript.Result manager(String name, Path inbox, Path out) throws Exception {
        return finish(name, startManager(name, inbox, out));
    }

    Process startManager(String name, Path inbox, Path out) throws IOException {
        Path workDir = dir.resolve(name);
        ProcessBuilder builder = builder(workDir, List.of("run", "--region", "--remote", "--inbox", inbox.toString(),
                "--year", "2018", "--out", out.toString()));
        builder.redirectOutput(workDir.resolve("stdout.txt").toFile()).redirectError(workDir.resolve("stderr.txt").toFile());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    LauncherScript.Result finish(String name, Process process) throws Exception {
        Path stdout = dir.resolve(name).resolve("stdout.txt");
        Path stderr = dir.resolve(name).resolve("stderr.txt");
        if (!process.waitFor(timeoutSeconds + 300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the manager did not finish; stderr: " + Files.readString(stderr));
        }
        return new LauncherScript.Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Stops every process started (a worker runs until stopped), and removes the test's queue. */
    void close() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        org.springframework.amqp.rabbit.connection.CachingConnectionFactory factory =
                new org.springframework.amqp.rabbit.connection.CachingConnectionFactory(HOST, PORT);
        factory.setUsername(env("SPRING_RABBITMQ_USERNAME", "guest"));
        factory.setPassword(env("SPRING_RABBITMQ_PASSWORD", "guest"));
        try {
            new org.springframework.amqp.rabbit.core.RabbitAdmin(factory).deleteQueue(queue);
        } catch (RuntimeException e) {
            System.err.println("could not delete the test queue " + queue + ": " + e.getMessage());
        } finally {
            factory.destroy();
        }
    }
}
