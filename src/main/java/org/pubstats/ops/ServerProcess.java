package org.pubstats.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * output in the control log: starting the server on a free port, and stopping whatever server of
 * the home's data folder is running.
 */
final class ServerProcess {

    private static final int PORT_ATTEMPTS = 20;

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
     * Starts the server on the preferred port when free, else the next free one, and returns the
     * port. Probing and starting are not one step, so another server (another home starting at the
     * same moment) can take the port in between: then our server fails with "could not bind", and
     * we try the next.
     */
    int startOnFreePort(int preferredPort) throws IOException {
        Path data = home.data();
        Path serverLog = home.serverLog();
        int from = preferredPort;
        IOException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int candidate = freePort(from);
            long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
            try {
                run(List.of(bin("pg_ctl"), "-D", data.toString(), "-l", serverLog.toString(), "-w", "-t", "60",
                        "-o", "-p " + candidate + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= " + SETTINGS,
                        "start"));
                return candidate;
            } catch (IOException e) {
                last = e;
                stopServer(); // a start that timed out may have left it running
                String log = readFrom(serverLog, logStart);
                if (!(log.contains("could not bind") || log.contains("Address already in use"))) {
                    throw e;
                }
                from = candidate + 1;
            }
        }
        throw last;
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

    private static int freePort(int preferred) {
        for (int candidate = preferred; candidate < preferred + PORT_ATTEMPTS && candidate < 65536; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException busy) {
                // try the next one
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
