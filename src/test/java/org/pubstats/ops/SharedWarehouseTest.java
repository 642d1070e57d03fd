package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.support.Inbox;

/**
 * The embedded server shared, as an office and its analysts use it: {@code ./pubstats db} up (here, in this
 * process) while {@code ./pubstats run} runs (a child process, the real script) on the same home; the analysts'
 * read-only role; a taken port is a clear error; the last user stops the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedWarehouseTest {

    @TempDir
    static Path temp;
    static Path home;
    static int port;
    static WarehouseDatabase db;

    @BeforeAll
    static void startAsDbWould() throws Exception {
        // as root the server runs as nobody, who must be able to pass through the folders above the home
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        home = temp.resolve("home");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        db = WarehouseDatabase.openEmbedded(home, port);
        EmbeddedWarehouse server = db.embedded();
        Flyway.configure().dataSource(server.jdbcUrl(WarehouseDatabase.DATABASE), server.user(), server.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static Connection asAnalyst() throws Exception {
        String password = Files.readString(home.resolve(AnalystAccess.PASSWORD_FILE), StandardCharsets.UTF_8).strip();
        return DriverManager.getConnection(db.embedded().jdbcUrl(WarehouseDatabase.DATABASE), AnalystAccess.ROLE, password);
    }

    @Test
    @Order(1)
    void theAnalystReadsTheViewsAndFiguresAndNothingElse() throws Exception {
        assertThat(Files.getPosixFilePermissions(home.resolve(AnalystAccess.PASSWORD_FILE)))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        try (Connection analyst = asAnalyst(); Statement st = analyst.createStatement()) {
            st.executeQuery("SELECT * FROM v_county_summary").close();
            st.executeQuery("SELECT * FROM v_items").close();
            st.executeQuery("SELECT * FROM county_figures").close();
            for (String forbidden : List.of(
                    "INSERT INTO county_figures (year, run_id) VALUES (1999, 1)",
                    "UPDATE county_figures SET website = 0",
                    "DELETE FROM county_figures",
                    "DELETE FROM source_file",
                    "SELECT * FROM batch_job_instance",
                    "SELECT * FROM item_row",
                    "CREATE TABLE mine (x int)")) {
                assertThatThrownBy(() -> st.execute(forbidden)).as(forbidden).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(db.embedded().jdbcUrl(WarehouseDatabase.DATABASE),
                AnalystAccess.ROLE, "wrong")).isInstanceOf(SQLException.class);
    }

    @Test
    @Order(2)
    void runWhileDbIsUpSucceedsOnTheSameServer() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("财政局/目录.csv", List.of(List.of("信息标题", "发布日期", "公开渠道"),
                List.of("2018年预算公开", "2018-01-10", "政府网站"), List.of("政策解读：预算", "2018-01-11", "微信")));
        Path work = temp.resolve("run");
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of("pubstats").toAbsolutePath().toString(), "run",
                "--inbox", inbox.root().toString(), "--year", "2018", "--out", work.resolve("out").toString()));
        Map<String, String> env = builder.environment();
        String path = System.getenv("PATH");
        env.clear();
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + (path == null ? "" : ":" + path));
        env.put("HOME", System.getProperty("user.home"));
        env.put("PUBSTATS_HOME", home.toString());
        env.put("PUBSTATS_DB_PORT", Integer.toString(port + 1)); // ignored: it joins the server already running
        env.put("PUBSTATS_CLASSPATH", System.getProperty("java.class.path"));
        builder.redirectErrorStream(true).redirectOutput(work.resolve("output.txt").toFile());
        Process run = builder.start();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(work.resolve("output.txt"), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("共用").contains("端口 " + port);
        assertThat(Files.readAllLines(work.resolve("out/county-summary-2018.csv"), StandardCharsets.UTF_8).get(1))
                .startsWith("数量,1,");

        // the run left the server running for the db session, and the analyst sees what it wrote
        assertThat(db.embedded().port()).isEqualTo(port);
        try (Connection analyst = asAnalyst(); Statement st = analyst.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM v_items")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    @Order(3)
    void anotherHomeOnTheTakenPortIsAClearError() {
        assertThatThrownBy(() -> WarehouseDatabase.openEmbedded(temp.resolve("other-home"), port))
                .isInstanceOf(WarehouseDatabase.BusyException.class)
                .hasMessageContaining("端口 " + port + " 已被其他程序占用").hasMessageContaining("PUBSTATS_DB_PORT");
        assertThat(temp.resolve("other-home/pgdata/postmaster.pid")).doesNotExist();
    }

    @Test
    @Order(4)
    void theLastUserStopsTheServer() throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip())).orElseThrow();
        db.close();
        db = null;
        postmaster.onExit().get(60, TimeUnit.SECONDS);
        assertThat(postmaster.isAlive()).isFalse();
    }
}
