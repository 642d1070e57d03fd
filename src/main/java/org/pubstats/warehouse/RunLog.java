package org.pubstats.warehouse;

import org.springframework.jdbc.core.JdbcTemplate;

/** The run table: one row per pubstats run, for operations and history. */
public class RunLog {

    private final JdbcTemplate jdbc;

    public RunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long start(String inbox, String scope, int year) {
        return jdbc.queryForObject("INSERT INTO run (inbox, scope, year) VALUES (?, ?, ?) RETURNING id", Long.class,
                inbox, scope, year);
    }

    public void planned(long runId, int seen, int loaded, int unchanged, int withdrawn) {
        jdbc.update("UPDATE run SET files_seen = ?, files_loaded = ?, files_unchanged = ?, files_withdrawn = ? WHERE id = ?",
                seen, loaded, unchanged, withdrawn, runId);
    }

    /** Runs still marked started when we hold the run lock died with their process. */
    public int failAbandoned() {
        return jdbc.update("UPDATE run SET status = 'FAILED', finished_at = now() WHERE status = 'STARTED'");
    }

    public void finish(long runId, String status) {
        jdbc.update("UPDATE run SET status = ?, finished_at = now() WHERE id = ?", status, runId);
    }
}
