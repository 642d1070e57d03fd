package org.pubstats.dedup;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 同题异日 pairs the review window cannot see (design.md §5): distinct items of one normalised title published
 * further apart than {@code review-max-days} — sites re-upload whole batches months later, and the rules merge
 * such rows only when they carry the same 文号. Per title, each item is paired with the next item of that title by
 * date (n−1 pairs for n items, the pass's order breaking ties), so a re-uploaded batch shows as a chain, in one
 * set-based statement over the items' representative rows. Pairs the office decided are left out.
 */
final class SameTitleChain {

    /** Whether a listed pair {@code p} is a link of this chain: equal titles further apart than {@code ?} days. */
    static final String IS_LINK = """
            p.reason = '同题异日' AND EXISTS (SELECT 1 FROM item_row ra, item_row rb
                                              WHERE ra.id = p.row_a AND rb.id = p.row_b
                                                AND abs(rb.publish_date - ra.publish_date) > ?)""";

    private static final String LIST = """
            INSERT INTO review_pair (item_a, item_b, row_a, row_b, similarity, reason)
            SELECT c.item_id, c.next_item, c.row_id, c.next_row, 1, '同题异日'
              FROM (SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.doc_no_norm,
                           lead(i.id) OVER w AS next_item, lead(r.id) OVER w AS next_row,
                           lead(r.publish_date) OVER w AS next_date, lead(r.doc_no_norm) OVER w AS next_doc_no
                      FROM item i JOIN item_row r ON r.id = i.rep_row_id JOIN source_file f ON f.id = r.file_id
                     %s
                    WINDOW w AS (PARTITION BY r.title_norm
                                 ORDER BY r.publish_date, r.department, f.rel_path, r.sheet, r.row_no)) c
             WHERE c.next_date - c.publish_date > ?
               AND NOT EXISTS (
                   SELECT 1 FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::date[], ?::text[])
                                 AS d(title_a, date_a, doc_no_a, title_b, date_b, doc_no_b)
                    WHERE d.title_a = c.title_norm AND d.title_b = c.title_norm
                      AND ((d.date_a = c.publish_date AND d.date_b = c.next_date
                            AND (d.doc_no_a IS NULL OR c.doc_no_norm IS NULL OR d.doc_no_a = c.doc_no_norm)
                            AND (d.doc_no_b IS NULL OR c.next_doc_no IS NULL OR d.doc_no_b = c.next_doc_no))
                        OR (d.date_b = c.publish_date AND d.date_a = c.next_date
                            AND (d.doc_no_b IS NULL OR c.doc_no_norm IS NULL OR d.doc_no_b = c.doc_no_norm)
                            AND (d.doc_no_a IS NULL OR c.next_doc_no IS NULL OR d.doc_no_a = c.next_doc_no))))""";

    /**
     * The titles whose chains an incremental pass lists anew: those of the changed items, and those of the links
     * a changed item was in (an item gone from between two others leaves them to be linked to each other).
     * Asked before the changed items' pairs are forgotten.
     */
    private static final String TITLES_OF_CHANGED = """
            SELECT r.title_norm FROM dedup_changed_item c JOIN item i ON i.id = c.item_id JOIN item_row r ON r.id = i.rep_row_id
            UNION
            SELECT ra.title_norm FROM review_pair p JOIN item_row ra ON ra.id = p.row_a
             WHERE p.reason = '同题异日'
               AND EXISTS (SELECT 1 FROM dedup_changed_item c WHERE c.item_id = p.item_a OR c.item_id = p.item_b)""";

    private final JdbcTemplate jdbc;
    private final int maxDays;

    SameTitleChain(JdbcTemplate jdbc, int maxDays) {
        this.jdbc = jdbc;
        this.maxDays = maxDays;
    }

    /** The titles an incremental pass must chain anew; ask before the changed items' pairs are forgotten. */
    List<String> titlesOfChanged() {
        return jdbc.queryForList(TITLES_OF_CHANGED, String.class);
    }

    /** Lists the links of every title (a full pass, after {@code review_pair} was emptied); returns how many. */
    int listAll(DedupOverrides decisions) {
        return jdbc.update(con -> statement(con, LIST.formatted(""), decisions, null));
    }

    /** Lists the links of these titles anew (an incremental pass), dropping their old ones; returns how many. */
    int listAgain(List<String> titles, DedupOverrides decisions) {
        if (titles.isEmpty()) {
            return 0;
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    DELETE FROM review_pair p USING item_row ra
                     WHERE ra.id = p.row_a AND ra.title_norm = ANY (?) AND %s""".formatted(IS_LINK));
            ps.setArray(1, con.createArrayOf("text", titles.toArray()));
            ps.setInt(2, maxDays);
            return ps;
        });
        return jdbc.update(con -> statement(con, LIST.formatted("WHERE r.title_norm = ANY (?)"), decisions, titles));
    }

    private PreparedStatement statement(Connection con, String sql, DedupOverrides decisions, List<String> titles)
            throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql);
        int p = 1;
        if (titles != null) {
            ps.setArray(p++, con.createArrayOf("text", titles.toArray()));
        }
        ps.setInt(p++, maxDays);
        List<Decision> all = decisions.decisions();
        int n = all.size();
        String[] titleA = new String[n];
        Date[] dateA = new Date[n];
        String[] docNoA = new String[n];
        String[] titleB = new String[n];
        Date[] dateB = new Date[n];
        String[] docNoB = new String[n];
        for (int i = 0; i < n; i++) {
            Side a = all.get(i).a();
            Side b = all.get(i).b();
            titleA[i] = a.titleNorm();
            dateA[i] = Date.valueOf(a.date());
            docNoA[i] = a.docNoNorm();
            titleB[i] = b.titleNorm();
            dateB[i] = Date.valueOf(b.date());
            docNoB[i] = b.docNoNorm();
        }
        ps.setArray(p++, con.createArrayOf("text", titleA));
        ps.setArray(p++, con.createArrayOf("date", dateA));
        ps.setArray(p++, con.createArrayOf("text", docNoA));
        ps.setArray(p++, con.createArrayOf("text", titleB));
        ps.setArray(p++, con.createArrayOf("date", dateB));
        ps.setArray(p, con.createArrayOf("text", docNoB));
        return ps;
    }
}
