package org.pubstats.console;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The last runs of the warehouse (the {@code run} table: this console's, the terminal's, cron's), last first. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RecentRuns {

    /** One run: files seen in the inbox, read (new or changed), of those rejected whole, and rows rejected. */
    public record Run(long id, String inbox, int year, OffsetDateTime started, OffsetDateTime finished, String status,
               Integer filesSeen, Integer filesRead, Integer filesWithdrawn, int filesRejected, long rowsRejected) {

        public String statusLabel() {
            return switch (status) {
                case "COMPLETED" -> "完成";
                case "FAILED" -> "失败";
                case "STARTED" -> "进行中";
                default -> status;
            };
        }

        /** How long it took, as 1分05秒; empty while it runs. */
        public String took() {
            if (finished == null) {
                return "";
            }
            Duration took = Duration.between(started, finished);
            return took.toMinutes() > 0 ? took.toMinutes() + "分" + String.format("%02d", took.toSecondsPart()) + "秒"
                    : took.toSeconds() + "秒";
        }
    }

    private final JdbcTemplate jdbc;

    RecentRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Run> last(int count) {
        return jdbc.query("""
                SELECT r.id, r.scope, r.year, r.started_at, r.finished_at, r.status, r.files_seen, r.files_loaded,
                       r.files_withdrawn,
                       (SELECT count(*) FROM source_file f WHERE f.loaded_run_id = r.id AND f.kind = 'rejected') AS files_rejected,
                       (SELECT coalesce(sum(f.rows_rejected), 0) FROM source_file f WHERE f.loaded_run_id = r.id) AS rows_rejected
                  FROM run r ORDER BY r.id DESC LIMIT ?""", (rs, n) -> new Run(rs.getLong("id"), rs.getString("scope"),
                rs.getInt("year"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("status"),
                (Integer) rs.getObject("files_seen"), (Integer) rs.getObject("files_loaded"),
                (Integer) rs.getObject("files_withdrawn"), rs.getInt("files_rejected"), rs.getLong("rows_rejected")), count);
    }
}
