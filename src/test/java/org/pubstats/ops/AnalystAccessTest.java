package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalystAccessTest {

    @TempDir
    Path home;

    @Test
    void listeningBeyondLoopbackLetsOnlyTheAnalystInWithAPasswordOnce() throws Exception {
        Path data = Files.createDirectories(home.resolve("pgdata"));
        Path hba = data.resolve("pg_hba.conf");
        Files.write(hba, List.of("host all all 127.0.0.1/32 scram-sha-256"), StandardCharsets.UTF_8);
        WarehouseHome warehouseHome = new WarehouseHome(home);
        AnalystAccess.allowRemote(warehouseHome);
        AnalystAccess.allowRemote(warehouseHome);
        List<String> rules = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(rules).containsExactly("host all all 127.0.0.1/32 scram-sha-256",
                "host pubstats pubstats_analyst all scram-sha-256");
    }

    @Test
    void aGeneratedPasswordIsKeptPrivateAndReused() throws Exception {
        String first = AnalystAccess.password(home);
        if (System.getenv("PUBSTATS_ANALYST_PASSWORD") == null) {
            assertThat(first).hasSizeGreaterThanOrEqualTo(24);
            assertThat(Files.getPosixFilePermissions(home.resolve(AnalystAccess.PASSWORD_FILE)))
                    .isEqualTo(WarehouseHome.OWNER_ONLY);
        }
        assertThat(AnalystAccess.password(home)).isEqualTo(first);
    }
}
