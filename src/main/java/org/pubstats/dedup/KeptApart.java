package org.pubstats.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's 分开 decisions as cannot-links between rows (design.md §5): the rows of a decision's side A must
 * end in another item than the rows of its side B, even where the rules alone would join them. Each row of a
 * side carries its tag in {@link DecisionSides}, {@code +(i+1)} for side A of decision i and {@code -(i+1)} for side B; two groups of rows
 * may join only while no tag of one is the negation of a tag of the other.
 * <p>
 * The rows are found once per run ({@value #ROWS}, temporary), so that an incremental dedup can put the items
 * holding them back into its scope: a component the cut split is decided again as a whole, exactly as a full
 * run decides it.
 */
final class KeptApart {

    static final String ROWS = "dedup_apart_row";

    private final Map<Long, int[]> tagsOfRow;

    private KeptApart(Map<Long, int[]> tagsOfRow) {
        this.tagsOfRow = tagsOfRow;
    }

    static KeptApart none() {
        return new KeptApart(Map.of());
    }

    /** Rows already tagged (row id → tags). */
    static KeptApart ofTags(Map<Long, int[]> tagsOfRow) {
        return new KeptApart(Map.copyOf(tagsOfRow));
    }

    /**
     * Writes the active rows that the 分开 sides of {@link DecisionSides} match into a temporary table, and returns
     * the rows' tags. A decision whose two sides match the same row says nothing and is left out for that row.
     */
    static KeptApart find(JdbcTemplate jdbc, DedupOverrides overrides) {
        jdbc.execute("CREATE TEMP TABLE " + ROWS + " (row_id BIGINT, tag INTEGER) ON COMMIT DROP");
        if (overrides.keepApart().isEmpty()) {
            return none();
        }
        jdbc.execute("""
                INSERT INTO %s (row_id, tag)
                SELECT r.id, s.tag FROM active_item_row r JOIN %s s ON s.verdict = 'KEEP_APART' AND %s"""
                .formatted(ROWS, DecisionSides.TABLE, DecisionSides.MATCH));
        // A row on both sides of one decision: the decision cannot tell its sides apart.
        jdbc.execute("DELETE FROM %1$s x USING %1$s y WHERE x.row_id = y.row_id AND x.tag = -y.tag".formatted(ROWS));
        jdbc.execute("ANALYZE " + ROWS);
        Map<Long, List<Integer>> tags = new HashMap<>();
        jdbc.query("SELECT row_id, tag FROM " + ROWS, rs -> {
            tags.computeIfAbsent(rs.getLong(1), r -> new ArrayList<>()).add(rs.getInt(2));
        });
        Map<Long, int[]> tagsOfRow = new HashMap<>();
        tags.forEach((row, list) -> tagsOfRow.put(row, list.stream().mapToInt(Integer::intValue).toArray()));
        return new KeptApart(tagsOfRow);
    }

    boolean isEmpty() {
        return tagsOfRow.isEmpty();
    }

    int[] tagsOf(long row) {
        return tagsOfRow.getOrDefault(row, NO_TAGS);
    }

    private static final int[] NO_TAGS = {};

    /**
     * The components (by their item id in {@code joined}) in which rows of both sides of a decision ended: the
     * ones to decide again with the cuts. Also how many decisions cut a merge of the rules.
     */
    Conflicts conflicts(RowComponents joined) {
        Map<Integer, Set<Long>> itemsOfTag = new HashMap<>();
        tagsOfRow.forEach((row, tags) -> {
            for (int tag : tags) {
                itemsOfTag.computeIfAbsent(tag, t -> new HashSet<>()).add(joined.itemOf(row));
            }
        });
        Set<Long> items = new HashSet<>();
        int decisions = 0;
        for (Map.Entry<Integer, Set<Long>> a : itemsOfTag.entrySet()) {
            if (a.getKey() < 0) {
                continue;
            }
            Set<Long> both = new HashSet<>(a.getValue());
            both.retainAll(itemsOfTag.getOrDefault(-a.getKey(), Set.of()));
            if (!both.isEmpty()) {
                decisions++;
                items.addAll(both);
            }
        }
        return new Conflicts(items, decisions);
    }

    /** @param items the components to decide again; @param decisions how many 分开 decisions cut a merge */
    record Conflicts(Set<Long> items, int decisions) {

        boolean none() {
            return items.isEmpty();
        }
    }
}
