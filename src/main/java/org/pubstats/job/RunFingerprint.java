package org.pubstats.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of everything a run's figures and files depend on besides the code: the active file versions (id and
 * sha256: a file read again, even unchanged, is a new version), the bytes of every file under jobs/ (header
 * synonyms, dictionaries, dedup overrides, the saved review workbook — and the overrides file and the workbook where
 * they live elsewhere), the settings
 * ({@code pubstats.*}, the county name) and a generation constant for the code.
 */
public class RunFingerprint {

    /** Bump when the code computes or writes anything differently, so the next run recomputes once. */
    static final String GENERATION = "2";

    private final JdbcTemplate jdbc;
    private final PubstatsSettings settings;
    private final String countyName;

    public RunFingerprint(JdbcTemplate jdbc, PubstatsSettings settings, String countyName) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.countyName = countyName;
    }

    public String compute() {
        MessageDigest digest = sha256();
        put(digest, "generation", GENERATION, RunJobConfiguration.READER_GENERATION);
        // The whole settings record: a setting added later is covered without anyone remembering to add it here.
        put(digest, "settings", settings.toString(), countyName);
        for (Path file : jobFiles()) {
            put(digest, "file", file.getFileName().toString());
            digest.update(read(file));
        }
        put(digest, "versions");
        jdbc.query("SELECT id, sha256 FROM source_file WHERE status = 'active' ORDER BY id", rs -> {
            put(digest, Long.toString(rs.getLong("id")), rs.getString("sha256"));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every regular file directly under jobs/, by name, and the office's decision files if they live elsewhere. */
    private List<Path> jobFiles() {
        Path jobs = settings.jobsDir().toAbsolutePath().normalize();
        try (Stream<Path> listed = Files.list(jobs)) {
            Stream<Path> overrides = Stream.of(settings.overridesFile(), settings.decisionsFile())
                    .map(file -> file.toAbsolutePath().normalize())
                    .filter(file -> !jobs.equals(file.getParent()) && Files.isRegularFile(file));
            return Stream.concat(listed.filter(Files::isRegularFile), overrides).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + jobs, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Each value with its length first, so no two different lists of values digest alike. */
    private static void put(MessageDigest digest, String... values) {
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
