package org.pubstats.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL programs of one home, run as the server user ({@link PrivilegeDrop}) with their
 * output in the control log: starting the server on its port, finding the one already running, and
 * stopping whatever server of the home's data folder is running.
 */
final class ServerProcess {

    /**
     * The embedded server is one machine's batch warehouse, set for bulk work: every commit still reaches the
     * disk (fsync), but with {@code wal_level=minimal} a table emptied and refilled in one transaction (dedup's
     * items, the review list) is written once instead of twice (data and log), and a larger log between
     * checkpoints keeps a million-row load from checkpointing over and over. No replica can follow such a server;
     * back it up with pg_dump (README).
     */
    static final String SETTINGS = "-c fsync=on -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=4GB"
            + " -c shared_buffers=256MB";

    private final WarehouseHome home;
    private final List<String> asServer;

    ServerProcess(WarehouseHome home) {
        this.home = home;
        this.asServer = PrivilegeDrop.prefix();
    }

    /**
     * Starts the server on the given port, listening on {@code listen} (127.0.0.1 unless PUBSTATS_DB_LISTEN says
     * otherwise). The port is fixed, so that analysts' connections keep working: a port another program holds is a
     * clear error, not a silent move to the next one.
     */
    void start(int port, String listen) throws IOException {
        Path serverLog = home.serverLog();
        if (!free(port)) {
            throw new PortTakenException(port);
        }
        long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
        try {
            run(List.of(bin("pg_ctl"), "-D", home.data().toString(), "-l", serverLog.toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -c listen_addresses=" + listen + " -c unix_socket_directories= " + SETTINGS,
                    "start"));
        } catch (IOException e) {
            stopServer(); // a start that timed out may have left it running
            String log = readFrom(serverLog, logStart);
            if (log.contains("could not bind") || log.contains("Address already in use")) {
                throw new PortTakenException(port); // taken between our probe and the start
            }
            throw e;
        }
    }

    /** The port the running server of this home listens on (postmaster.pid's fourth line). */
    Optional<Integer> runningPort() {
        try {
            List<String> lines = Files.readAllLines(home.data().resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The port is taken by another program: say which, and how to choose another. */
    static final class PortTakenException extends IOException {
        PortTakenException(int port) {
            super("端口 " + port + " 已被其他程序占用，内置数据库无法启动；请关闭占用该端口的程序，"
                    + "或设置 PUBSTATS_DB_PORT 为另一个端口（例如 export PUBSTATS_DB_PORT=" + (port + 1) + "）后再运行");
        }
    }

    /**
     * A pubstats that was killed leaves its server running. We hold the home lock, so no other
     * pubstats uses it: stop it. (A stale pid file with no server behind it PostgreSQL handles itself.)
     */
    void stopLeftover() {
        if (postmaster().isPresent()) {
            stopServer();
            System.out.println("上次运行留下的内置数据库已停止。");
        }
    }

    /** Stops the server we started: pg_ctl's fast shutdown, else whatever it takes. */
    void stop() {
        try {
            run(List.of(bin("pg_ctl"), "-D", home.data().toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        } catch (IOException | RuntimeException e) {
            System.err.println("pubstats: 内置数据库未能正常停止：" + e.getMessage());
            stopServer();
        }
    }

    /** Stops the server of this data folder, whatever it takes; afterwards none is running. */
    private void stopServer() {
        if (postmaster().isEmpty()) {
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "-D", home.data().toString(), "-m", "fast", "-w", "-t", "30", "stop"));
        } catch (IOException e) {
            // not ours to signal (a server of an older pubstats ran with real uid root), or it hangs
        }
        Optional<ProcessHandle> rest = postmaster();
        if (rest.isEmpty()) {
            return;
        }
        ProcessHandle server = rest.get();
        try {
            new ProcessBuilder("kill", "-s", "INT", Long.toString(server.pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more we can do
            }
        }
    }

    /** The running postmaster of this data folder, from postmaster.pid, if there is one. */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = home.data().resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesThisFolder(pid));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean servesThisFolder(long pid) {
        try {
            String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return cmdline.contains(home.data().toString());
        } catch (IOException e) {
            return true; // cannot tell: treat as ours rather than leave a server running
        }
    }

    String bin(String name) {
        return home.binaries().resolve("bin").resolve(name).toString();
    }

    /** Runs a PostgreSQL program as the server user; a non-zero exit is an IOException. */
    void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>(asServer);
        full.addAll(command);
        Process process = new ProcessBuilder(full)
                .directory(home.binaries().toFile()) // a folder the server user can enter
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.controlLog().toFile()))
                .start();
        try {
            int rc = process.waitFor();
            if (rc != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + rc + "), see "
                        + home.controlLog() + " and " + home.serverLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted", e);
        }
    }

    private static String readFrom(Path file, long offset) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(Math.min(offset, channel.size()));
            return new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException busy) {
            return false;
        }
    }
}
