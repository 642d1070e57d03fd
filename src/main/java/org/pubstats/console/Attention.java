package org.pubstats.console;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What needs the office's attention in the warehouse now: rejected rows and files, unknown values, review pairs. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Attention {

    /** @param unknownValues values the dictionaries do not know, with how many rows carry each, most first */
    public record Counts(long rejectedRows, long rejectedFiles, List<String> unknownValues, long reviewPairs) {}

    private final JdbcTemplate jdbc;

    Attention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts now() {
        long rejectedRows = jdbc.queryForObject("SELECT count(*) FROM active_rejected_row WHERE row_no IS NOT NULL", Long.class);
        long rejectedFiles = jdbc.queryForObject(
                "SELECT count(*) FROM source_file WHERE status = 'active' AND kind = 'rejected'", Long.class);
        List<String> unknown = jdbc.query("""
                SELECT v, count(*) AS n FROM (
                    SELECT unnest(unknown_channels || unknown_categories) AS v FROM active_item_row) u
                 GROUP BY v ORDER BY n DESC, v LIMIT 10""", (rs, n) -> rs.getString("v") + "（" + rs.getInt("n") + "）");
        long pairs = jdbc.queryForObject("SELECT count(*) FROM review_pair", Long.class);
        return new Counts(rejectedRows, rejectedFiles, unknown, pairs);
    }
}
