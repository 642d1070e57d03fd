package org.pubstats.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.pubstats.ops.EmbeddedWarehouse;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one entry point tests use for a real PostgreSQL: the server named by
 * {@code PUBSTATS_TEST_DATABASE_URL} when set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}),
 * else Testcontainers' postgres:17 where a Docker engine answers, else the embedded PostgreSQL 17.
 * Every call of {@link #freshDatabase()} creates a new, empty database on that server.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;
    private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestDatabase() {
    }

    public record Database(String url, String user, String password) {}

    private record Server(String description, String baseUrl, String query, String adminDatabase, String user,
                          String password) {
        String url(String database) {
            return baseUrl + database + query;
        }
    }

    public static synchronized Database freshDatabase() {
        Server s = server();
        String name = "pubstats_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(s.url(s.adminDatabase()), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + s.description(), e);
        }
        CREATED.add(name);
        return new Database(s.url(name), s.user(), s.password());
    }

    public static synchronized String description() {
        return server().description();
    }

    private static Server server() {
        if (server == null) {
            server = start();
            Server started = server;
            if (System.getenv("PUBSTATS_TEST_DATABASE_URL") != null) {
                // Leave a shared server as we found it.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(started)));
            }
            System.out.println("Tests use PostgreSQL: " + server.description());
        }
        return server;
    }

    private static void dropAll(Server s) {
        try (Connection c = DriverManager.getConnection(s.url(s.adminDatabase()), s.user(), s.password());
             Statement st = c.createStatement()) {
            for (String name : CREATED) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases: " + e.getMessage());
        }
    }

    private static Server start() {
        String url = System.getenv("PUBSTATS_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return fromUrl(url);
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return withDescription(fromUrl(container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?") + "user=" + container.getUsername() + "&password="
                    + container.getPassword()), "Testcontainers postgres:17");
        }
        try {
            Path home = Files.createTempDirectory("pubstats-test-pg");
            EmbeddedWarehouse embedded = EmbeddedWarehouse.start(home, freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            return new Server("embedded PostgreSQL 17 on port " + embedded.port(),
                    "jdbc:postgresql://127.0.0.1:" + embedded.port() + "/", "", "postgres", embedded.user(),
                    embedded.password());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The embedded server takes the port it is given: one nobody holds, for the tests' own server. */
    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean dockerAnswers() {
        boolean configured = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!configured) {
            return false; // no engine to ask: spare the log Testcontainers' failed probes
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** {@code jdbc:postgresql://host:port/db?user=u&password=p} → a server on which we create databases. */
    private static Server fromUrl(String url) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q + 1);
        int slash = path.lastIndexOf('/');
        String user = param(query, "user", System.getProperty("user.name"));
        String password = param(query, "password", "");
        return new Server(url.replaceAll("password=[^&]*", "password=***"), path.substring(0, slash + 1), "",
                path.substring(slash + 1), user, password);
    }

    private static String param(String query, String name, String fallback) {
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    private static Server withDescription(Server s, String description) {
        return new Server(description, s.baseUrl(), s.query(), s.adminDatabase(), s.user(), s.password());
    }
}
