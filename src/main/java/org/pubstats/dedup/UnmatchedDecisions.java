package org.pubstats.dedup;

import java.sql.Array;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's decisions whose title and date match no row: a typo, a title copied with a leading apostrophe,
 * a date of the wrong year. Ignored silently, they would leave the office believing a pair decided; they are named
 * by their file and line (or sheet and row) instead. One scan of the rows for all decisions.
 */
final class UnmatchedDecisions {

    private final JdbcTemplate jdbc;

    UnmatchedDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One sentence per side that matches nothing, naming where the decision was written, e.g.
     * {@code jobs/dedup-overrides.csv 第 4 行：标题B“…”（2018-03-05）没有对应的信息…}.
     */
    List<String> of(DedupOverrides overrides) {
        List<DedupOverrides.Decision> decisions = overrides.decisions();
        if (decisions.isEmpty()) {
            return List.of();
        }
        List<String> titles = new ArrayList<>();
        List<Date> dates = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (DedupOverrides.Decision decision : decisions) { // side 2i is decision i's A, 2i + 1 its B
            for (DedupOverrides.Side side : List.of(decision.a(), decision.b())) {
                titles.add(side.titleNorm());
                dates.add(Date.valueOf(side.date()));
                numbers.add(side.docNoNorm());
            }
        }
        Set<Integer> unmatched = new TreeSet<>(jdbc.execute((ConnectionCallback<List<Integer>>) connection -> {
            Array t = connection.createArrayOf("text", titles.toArray());
            Array d = connection.createArrayOf("date", dates.toArray());
            Array n = connection.createArrayOf("text", numbers.toArray());
            try (var statement = connection.prepareStatement("""
                    SELECT s.ord - 1 AS side
                      FROM unnest(?, ?, ?) WITH ORDINALITY AS s(title, day, doc_no, ord)
                     WHERE NOT EXISTS (SELECT 1 FROM active_item_row r WHERE r.publish_date = s.day AND r.title_norm = s.title
                                          AND (s.doc_no IS NULL OR r.doc_no_norm = s.doc_no))""")) {
                statement.setArray(1, t);
                statement.setArray(2, d);
                statement.setArray(3, n);
                List<Integer> sides = new ArrayList<>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sides.add(rs.getInt(1));
                    }
                }
                return sides;
            }
        }));
        List<String> messages = new ArrayList<>();
        for (int side : unmatched) {
            DedupOverrides.Decision decision = decisions.get(side / 2);
            DedupOverrides.Side s = side % 2 == 0 ? decision.a() : decision.b();
            messages.add(decision.source() + "：标题" + (side % 2 == 0 ? "A" : "B") + "“" + s.titleNorm() + "”（"
                    + s.date() + (s.docNoNorm() == null ? "" : "，" + s.docNoNorm()) + "）没有对应的信息，这一行没有起作用；请核对标题和日期");
        }
        return messages;
    }
}
