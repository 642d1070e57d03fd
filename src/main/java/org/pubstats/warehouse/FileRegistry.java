package org.pubstats.warehouse;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.InboxFile;
import org.pubstats.intake.PlannedFile;
import org.pubstats.intake.SkipReason;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The versions of inbox files in the warehouse. The inbox is the truth: a changed file gets a new
 * version that replaces the old one when it is fully loaded, a file gone from the inbox is withdrawn,
 * and history stays.
 */
public class FileRegistry {

    private final JdbcTemplate jdbc;

    public FileRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ActiveVersion(long id, String sha256, String fingerprint) {}

    /** Removes versions a crashed run left half-loaded; their files will be read again. */
    public int discardIncomplete() {
        // item_row has no foreign key to cascade through (V15): its rows go first.
        jdbc.update("DELETE FROM item_row WHERE file_id IN (SELECT id FROM source_file WHERE status = 'loading')");
        return jdbc.update("DELETE FROM source_file WHERE status = 'loading'");
    }

    /** The active files of one inbox (scope), by their path in it. */
    public Map<String, ActiveVersion> activeVersions(String scope) {
        Map<String, ActiveVersion> versions = new HashMap<>();
        jdbc.query("SELECT id, rel_path, sha256, fingerprint FROM source_file WHERE status = 'active' AND scope = ?",
                rs -> {
                    versions.put(rs.getString("rel_path"),
                            new ActiveVersion(rs.getLong("id"), rs.getString("sha256"), rs.getString("fingerprint")));
                }, scope);
        return versions;
    }

    public long registerLoading(long runId, String scope, InboxFile file, String fingerprint) {
        return jdbc.queryForObject("""
                INSERT INTO source_file (scope, rel_path, department, sha256, size_bytes, fingerprint, status, loaded_run_id)
                VALUES (?, ?, ?, ?, ?, ?, 'loading', ?) RETURNING id""", Long.class,
                scope, file.relPath(), file.department(), file.sha256(), file.size(), fingerprint, runId);
    }

    /**
     * Records an inbox entry pubstats does not read (not a spreadsheet, a link, a hidden file, unreadable …) with
     * 0 rows and its reason code, so it is listed, never silently dropped.
     */
    public void registerSkipped(long runId, String scope, InboxFile file, String fingerprint, SkipReason reason) {
        long id = registerLoading(runId, scope, file, fingerprint);
        activate(id, runId, "skipped", 0, 0, 0, 0, 0, reason.message());
        jdbc.update("UPDATE source_file SET reason = ? WHERE id = ?", reason.code(), id);
    }

    /** Withdraws files of one inbox (scope) that are no longer in it. */
    public int withdraw(long runId, String scope, Set<String> relPaths) {
        int withdrawn = 0;
        for (String relPath : relPaths) {
            withdrawn += jdbc.update("""
                    UPDATE source_file SET status = 'withdrawn', ended_run_id = ?, ended_at = now()
                    WHERE scope = ? AND md5(rel_path) = md5(?) AND rel_path = ? AND status = 'active'""",
                    runId, scope, relPath, relPath);
        }
        return withdrawn;
    }

    /** The files with ids from {@code firstId} to {@code lastId} this run still has to load, in path order. */
    public List<PlannedFile> loading(long runId, Path inbox, long firstId, long lastId) {
        return jdbc.query("""
                SELECT id, rel_path, department FROM source_file
                WHERE status = 'loading' AND loaded_run_id = ? AND id BETWEEN ? AND ? ORDER BY rel_path""",
                (rs, n) -> new PlannedFile(new FileRef(rs.getLong("id"), rs.getString("rel_path"), rs.getString("department")),
                        inbox),
                runId, firstId, lastId);
    }

    public record PlannedSize(long fileId, long sizeBytes) {}

    /** What this run has to load, with each file's size: the load step shares the files out by it. */
    public List<PlannedSize> loadingSizes(long runId) {
        return jdbc.query("""
                SELECT id, size_bytes FROM source_file
                WHERE status = 'loading' AND loaded_run_id = ? ORDER BY id""",
                (rs, n) -> new PlannedSize(rs.getLong("id"), rs.getLong("size_bytes")), runId);
    }

    /** Makes a fully loaded version the active one, replacing the previous version of the same path in its inbox. */
    public void activate(long fileId, long runId, String kind, int sheets, int read, int accepted, int rejected,
                         int skipped, String message) {
        jdbc.update("""
                UPDATE source_file old SET status = 'replaced', ended_run_id = ?, ended_at = now()
                  FROM source_file new
                 WHERE new.id = ? AND old.status = 'active' AND old.scope = new.scope
                   AND md5(old.rel_path) = md5(new.rel_path) AND old.rel_path = new.rel_path""", runId, fileId);
        jdbc.update("""
                UPDATE source_file SET status = 'active', kind = ?, sheets_read = ?, rows_read = ?, rows_accepted = ?,
                       rows_rejected = ?, rows_skipped = ?, message = ?
                WHERE id = ?""", kind, sheets, read, accepted, rejected, skipped, message, fileId);
    }

    /**
     * Makes a file a rejected file as a whole: what it contributed so far is thrown away, and one rejected
     * line without a row number says why.
     */
    public void rejectWhole(long fileId, long runId, String reason, String message) {
        discardRows(fileId);
        jdbc.update("INSERT INTO rejected_row (file_id, sheet, row_no, reason, message) VALUES (?, NULL, NULL, ?, ?)",
                fileId, reason, message);
        activate(fileId, runId, "rejected", 0, 0, 0, 0, 0, message);
    }

    /**
     * A returned department form belongs to the department it names, not to the folder it was put in (design.md
     * §2.5): its accounting, its rejected rows and the feedback follow the form's department.
     */
    public void takeFormDepartment(long fileId) {
        jdbc.update("""
                UPDATE source_file f SET department = r.department
                  FROM (SELECT department FROM form_return WHERE file_id = ? ORDER BY row_no, sheet LIMIT 1) r
                 WHERE f.id = ?""", fileId, fileId);
    }

    /** Throws away what a file contributed before it turned out unreadable. */
    private void discardRows(long fileId) {
        jdbc.update("DELETE FROM item_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM request_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM form_figure WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM form_return WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM rejected_row WHERE file_id = ?", fileId);
    }
}
