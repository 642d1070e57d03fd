package org.pubstats.dedup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts file versions and their item rows straight into the warehouse tables, the way the load step
 * leaves them (a new version active, the one before it replaced; a withdrawn file ended), so dedup
 * can be driven through many runs without reading spreadsheets.
 */
final class SeededFiles {

    /** An item row as the load step writes it, already normalised. */
    record Row(String title, LocalDate date, String docNo, String indexNo, String url, List<String> channels,
               List<String> categories) {}

    private final JdbcTemplate jdbc;

    SeededFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long newRun() {
        return jdbc.queryForObject("INSERT INTO run (inbox, scope, year) VALUES ('seeded', 'seeded', 2018) RETURNING id", Long.class);
    }

    /** A new active version of {@code relPath} with these rows, replacing the active one. */
    long put(long runId, String relPath, List<Row> rows) {
        String department = relPath.substring(0, relPath.indexOf('/'));
        jdbc.update("""
                UPDATE source_file SET status = 'replaced', ended_run_id = ?, ended_at = now()
                 WHERE rel_path = ? AND status = 'active'""", runId, relPath);
        long fileId = jdbc.queryForObject("""
                INSERT INTO source_file (scope, rel_path, department, sha256, size_bytes, fingerprint, kind, status, loaded_run_id,
                                         rows_read, rows_accepted, rows_rejected, rows_skipped)
                VALUES ('seeded', ?, ?, md5(random()::text), 0, 'seeded', 'items', 'active', ?, ?, ?, 0, 0) RETURNING id""",
                Long.class, relPath, department, runId, rows.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            jdbc.update("""
                    INSERT INTO item_row (file_id, sheet, row_no, department, title, title_norm, publish_date, channels,
                                          categories, doc_no, doc_no_norm, index_no, index_no_norm, url, url_norm)
                    VALUES (?, '目录', ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?)""",
                    fileId, i + 2, department, r.title(), r.title(), Date.valueOf(r.date()),
                    "{" + String.join(",", r.channels()) + "}", "{" + String.join(",", r.categories()) + "}",
                    r.docNo(), r.docNo(), r.indexNo(), r.indexNo(), r.url(), r.url());
        }
        return fileId;
    }

    void withdraw(long runId, String relPath) {
        jdbc.update("""
                UPDATE source_file SET status = 'withdrawn', ended_run_id = ?, ended_at = now()
                 WHERE rel_path = ? AND status = 'active'""", runId, relPath);
    }
}
