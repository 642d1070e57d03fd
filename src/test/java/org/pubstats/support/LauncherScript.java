package org.pubstats.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code ./pubstats} script as cron would: an environment cleared of LANG and every LC_*, the
 * classes of this build ({@code PUBSTATS_CLASSPATH}, so no jar is built inside a test), on the given database,
 * with the launcher's own JVM options (no {@code PUBSTATS_JAVA_OPTS}).
 */
public final class LauncherScript {

    public record Result(int exit, String stdout, String stderr) {}

    private LauncherScript() {
    }

    public static Result run(TestDatabase.Database database, Path workDir, List<String> arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = builder(database, workDir, arguments);
        Path stdout = workDir.resolve("stdout.txt");
        Path stderr = workDir.resolve("stderr.txt");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("./pubstats did not finish in 5 minutes; stderr: " + read(stderr));
        }
        return new Result(process.exitValue(), read(stdout), read(stderr));
    }

    /** The script's process, ready to start: its environment set, its output not yet redirected. */
    public static ProcessBuilder builder(TestDatabase.Database database, Path workDir, List<String> arguments)
            throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("pubstats").toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        String path = System.getenv("PATH");
        env.clear();
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + (path == null ? "" : ":" + path));
        env.put("HOME", System.getProperty("user.home"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PUBSTATS_HOME", workDir.resolve("home").toString());
        env.put("PUBSTATS_CLASSPATH", System.getProperty("java.class.path"));
        env.put("SPRING_DATASOURCE_URL", database.url());
        env.put("SPRING_DATASOURCE_USERNAME", database.user());
        if (database.password() != null) {
            env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        }
        return builder;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
