package org.pubstats.console;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** 文件: every active inbox file with its accounting, and the rejected rows by department (v_files, v_rejected's rows). */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FileAccounting {

    /** One file: rows read = accepted + rejected + skipped; {@code reason} why it was not read or rejected whole. */
    public record File(String path, String department, String kind, int read, int accepted, int rejected, int skipped,
                       String reason, String message) {

        public boolean balanced() {
            return read == accepted + rejected + skipped;
        }

        public String kindLabel() {
            return switch (kind == null ? "" : kind) {
                case "items" -> "信息目录";
                case "requests" -> "依申请公开登记";
                case "rejected" -> "整体未能读取";
                case "skipped" -> "未读取";
                default -> kind;
            };
        }
    }

    /** A department's rejected rows (whole files not counted) and files. */
    public record Department(String department, int files, int rejectedRows, int rejectedFiles) {}

    private final JdbcTemplate jdbc;

    FileAccounting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<File> files() {
        return jdbc.query("""
                SELECT file, department, kind, coalesce(rows_read, 0) AS rows_read, coalesce(rows_accepted, 0) AS rows_accepted,
                       coalesce(rows_rejected, 0) AS rows_rejected, coalesce(rows_skipped, 0) AS rows_skipped, reason, message
                  FROM v_files WHERE status = 'active' ORDER BY department, file""",
                (rs, n) -> new File(rs.getString("file"), rs.getString("department"), rs.getString("kind"),
                        rs.getInt("rows_read"), rs.getInt("rows_accepted"), rs.getInt("rows_rejected"),
                        rs.getInt("rows_skipped"), rs.getString("reason"), rs.getString("message")));
    }

    List<Department> departments() {
        return jdbc.query("""
                SELECT department, count(*) AS files, coalesce(sum(rows_rejected), 0) AS rejected_rows,
                       count(*) FILTER (WHERE kind = 'rejected') AS rejected_files
                  FROM source_file WHERE status = 'active'
                 GROUP BY department ORDER BY rejected_rows DESC, rejected_files DESC, department""",
                (rs, n) -> new Department(rs.getString("department"), rs.getInt("files"), rs.getInt("rejected_rows"),
                        rs.getInt("rejected_files")));
    }
}
