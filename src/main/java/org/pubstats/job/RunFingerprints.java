package org.pubstats.job;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The fingerprint and output folder recorded with each run (run.fingerprint, run.out_dir, run.unchanged). */
public class RunFingerprints {

    /** What the last completed run of a year was computed from, and where it wrote its files. */
    public record LastRun(long runId, String fingerprint, String outDir) {}

    private final JdbcTemplate jdbc;

    public RunFingerprints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long runId, String fingerprint, String outDir, boolean unchanged) {
        jdbc.update("UPDATE run SET fingerprint = ?, out_dir = ?, unchanged = ? WHERE id = ?", fingerprint, outDir, unchanged,
                runId);
    }

    /** The last completed run of the year before this one that recorded a fingerprint. */
    public Optional<LastRun> lastCompleted(int year, long beforeRunId) {
        return jdbc.query("""
                SELECT id, fingerprint, out_dir FROM run
                 WHERE year = ? AND status = 'COMPLETED' AND id < ?
                 ORDER BY id DESC LIMIT 1""",
                (rs, n) -> new LastRun(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("out_dir")),
                year, beforeRunId).stream().findFirst();
    }
}
