package org.pubstats.dedup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/** What dedup produced, for comparison: each item's rows and each item's columns. */
record ItemsSnapshot(Map<Long, Set<Long>> members, Map<Long, List<Object>> items) {

    static ItemsSnapshot read(JdbcTemplate jdbc) {
        Map<Long, Set<Long>> members = new TreeMap<>();
        jdbc.query("SELECT item_id, row_id FROM item_member", rs -> {
            members.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
        });
        Map<Long, List<Object>> items = new TreeMap<>();
        jdbc.query("""
                SELECT id, rep_row_id, title, publish_date::text, array_to_string(channels, '|'),
                       array_to_string(categories, '|'), array_to_string(departments, '|'), row_count FROM item""", rs -> {
            items.put(rs.getLong(1), List.of(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getInt(8)));
        });
        return new ItemsSnapshot(members, items);
    }

    /** Item ids whose set of rows differs between the two (new, gone, or other rows). */
    static Set<Long> changedItems(ItemsSnapshot before, ItemsSnapshot after) {
        Set<Long> ids = new HashSet<>(before.members.keySet());
        ids.addAll(after.members.keySet());
        ids.removeIf(id -> Objects.equals(before.members.get(id), after.members.get(id)));
        return ids;
    }

    /** The partition alone: row → item id. */
    Map<Long, Long> itemOfRow() {
        Map<Long, Long> rows = new HashMap<>();
        members.forEach((item, rowIds) -> rowIds.forEach(row -> rows.put(row, item)));
        return rows;
    }
}
