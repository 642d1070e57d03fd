package org.pubstats.dedup;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sides of the office's decisions as a temporary table ({@value #TABLE}) for one dedup: the 合并 rule's key
 * query joins its merge sides ({@link DedupKeys}), and {@link KeptApart} its 分开 sides. Decision i's side A has the
 * tag {@code i+1}, its side B {@code -(i+1)}; a row matches a side by normalised title and date, and by 文号 where the
 * side gives one.
 */
final class DecisionSides {

    static final String TABLE = "dedup_decision_side";

    /** The rows of {@code r} on a side {@code s}, as a join condition. */
    static final String MATCH = "s.title_norm = r.title_norm AND s.publish_date = r.publish_date"
            + " AND (s.doc_no_norm IS NULL OR s.doc_no_norm = r.doc_no_norm)";

    private DecisionSides() {
    }

    static void write(JdbcTemplate jdbc, DedupOverrides overrides) {
        jdbc.execute("CREATE TEMP TABLE " + TABLE
                + " (title_norm TEXT, publish_date DATE, doc_no_norm TEXT, verdict TEXT, tag INTEGER) ON COMMIT DROP");
        List<DedupOverrides.Decision> decisions = overrides.decisions();
        List<Object[]> sides = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            DedupOverrides.Decision decision = decisions.get(i);
            sides.add(side(decision.a(), decision.verdict(), i + 1));
            sides.add(side(decision.b(), decision.verdict(), -(i + 1)));
        }
        if (!sides.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?)", sides);
        }
        jdbc.execute("ANALYZE " + TABLE);
    }

    private static Object[] side(DedupOverrides.Side side, DedupOverrides.Verdict verdict, int tag) {
        return new Object[] {side.titleNorm(), Date.valueOf(side.date()), side.docNoNorm(), verdict.name(), tag};
    }
}
