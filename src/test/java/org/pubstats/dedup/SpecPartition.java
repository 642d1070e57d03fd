package org.pubstats.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * design.md §5 read literally, for small inboxes: every pair of active rows is compared by rules 1–4 and the
 * office's merges, and sameness is closed transitively. The yardstick dedup
 * is measured against.
 */
final class SpecPartition {

    record ActiveRow(long id, String title, LocalDate date, String docNo, String indexNo, String url, String department,
                     String relPath, String sheet, int rowNo) {}

    private SpecPartition() {
    }

    static List<ActiveRow> activeRows(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT id, title_norm, publish_date, doc_no_norm, index_no_norm, url_norm, department, rel_path, sheet, row_no
                  FROM active_item_row ORDER BY id""",
                (rs, n) -> new ActiveRow(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10)));
    }

    static boolean same(ActiveRow a, ActiveRow b, DedupOverrides overrides) {
        boolean index = a.indexNo() != null && a.indexNo().equals(b.indexNo());
        boolean url = a.url() != null && a.url().equals(b.url());
        boolean titleDateNumber = a.title().equals(b.title()) && a.date().equals(b.date())
                && (a.docNo() == null || b.docNo() == null || a.docNo().equals(b.docNo()));
        boolean titleNumber = a.title().equals(b.title()) && a.docNo() != null && a.docNo().equals(b.docNo());
        boolean confirmed = overrides.merges().stream().anyMatch(m -> on(a, m) && on(b, m));
        return index || url || titleDateNumber || titleNumber || confirmed;
    }

    private static boolean on(ActiveRow row, DedupOverrides.Decision merge) {
        DedupOverrides.Side side = new DedupOverrides.Side(row.title(), row.date());
        return side.equals(merge.a()) || side.equals(merge.b());
    }

    /** Item id (the smallest row id) → the rows of the item. */
    static Map<Long, List<ActiveRow>> items(List<ActiveRow> rows, DedupOverrides overrides) {
        int[] parent = new int[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (same(rows.get(i), rows.get(j), overrides)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<ActiveRow>> byRoot = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rows.get(i));
        }
        Map<Long, List<ActiveRow>> items = new HashMap<>();
        for (List<ActiveRow> members : byRoot.values()) {
            items.put(members.stream().mapToLong(ActiveRow::id).min().orElseThrow(), members);
        }
        return items;
    }

    /** The earliest row by date, department, file, sheet, row. */
    static ActiveRow representative(List<ActiveRow> members) {
        return members.stream().min(Comparator.comparing(ActiveRow::date).thenComparing(ActiveRow::department)
                .thenComparing(ActiveRow::relPath).thenComparing(ActiveRow::sheet).thenComparingInt(ActiveRow::rowNo))
                .orElseThrow();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
