package org.pubstats.dedup;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the decided components into item_member and item. A row's item is its component's smallest
 * row id ({@code dedup_link} holds the rows joined to others; every other row is an item of its own),
 * and an item's columns follow from its rows alone, so an item with the same rows as before is already
 * right: {@link #apply} touches only the items whose set of rows changed and leaves them in
 * {@code dedup_changed} (temporary); {@link #rewriteAll} writes everything anew.
 * <p>
 * The rows decided are given as a relation with the columns of {@code active_item_row} (item_row and
 * the file's rel_path).
 */
final class ItemRebuild {

    private final JdbcTemplate jdbc;

    ItemRebuild(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many item ids changed (new, gone, or with other rows), and how item_member and item grew. */
    record Rewritten(long changedItems, long memberDelta, long itemDelta) {}

    /**
     * Decides again the items of {@code rows}, comparing with {@code oldMembers} (a query of the
     * item_member rows those rows and the removed rows had).
     */
    Rewritten apply(String rows, String oldMembers) {
        jdbc.execute("CREATE TEMP TABLE dedup_changed (item_id BIGINT PRIMARY KEY) ON COMMIT DROP");
        jdbc.execute("""
                INSERT INTO dedup_changed (item_id)
                WITH diff AS (
                    SELECT o.item_id AS old_item, n.item_id AS new_item
                      FROM (%s) o
                      FULL JOIN (SELECT r.id AS row_id, coalesce(l.item_id, r.id) AS item_id
                                   FROM %s r LEFT JOIN dedup_link l ON l.row_id = r.id) n ON n.row_id = o.row_id
                     WHERE o.item_id IS DISTINCT FROM n.item_id)
                SELECT old_item FROM diff WHERE old_item IS NOT NULL
                UNION
                SELECT new_item FROM diff WHERE new_item IS NOT NULL""".formatted(oldMembers, rows));
        jdbc.execute("ANALYZE dedup_changed");
        long changed = jdbc.queryForObject("SELECT count(*) FROM dedup_changed", Long.class);
        if (changed == 0) {
            return new Rewritten(0, 0, 0);
        }
        int members = jdbc.update("DELETE FROM item_member m USING dedup_changed c WHERE m.item_id = c.item_id");
        int items = jdbc.update("DELETE FROM item i USING dedup_changed c WHERE i.id = c.item_id");
        Rewritten written = write(rows, "IN (SELECT item_id FROM dedup_changed)");
        return new Rewritten(changed, written.memberDelta() - members, written.itemDelta() - items);
    }

    /**
     * Writes item_member and item anew from {@code rows}: for a first run, or when most rows changed.
     * Indexes that no constraint needs are built once afterwards instead of row by row (a date index
     * kept during the write made it three times slower).
     */
    Rewritten rewriteAll(String rows) {
        jdbc.execute("TRUNCATE item_member, item");
        String secondary = """
                FROM pg_index i WHERE i.indrelid IN ('item'::regclass, 'item_member'::regclass)
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""";
        List<String> definitions = jdbc.queryForList("SELECT pg_get_indexdef(i.indexrelid) " + secondary, String.class);
        jdbc.queryForList("SELECT i.indexrelid::regclass::text " + secondary, String.class)
                .forEach(index -> jdbc.execute("DROP INDEX " + index));
        Rewritten written = write(rows, null);
        definitions.forEach(jdbc::execute);
        return written;
    }

    /**
     * Writes the members and items of {@code rows} whose item id is {@code IN …} ({@code which}; null:
     * all); returns how many members and items it wrote.
     */
    private Rewritten write(String rows, String which) {
        String itemIs = which == null ? "true" : "coalesce(l.item_id, r.id) " + which;
        int members = jdbc.update("""
                INSERT INTO item_member (row_id, item_id)
                SELECT r.id, coalesce(l.item_id, r.id) FROM %s r LEFT JOIN dedup_link l ON l.row_id = r.id
                 WHERE %s""".formatted(rows, itemIs));
        long items = writeItemsOfOneRow(rows, which == null ? "true" : "r.id " + which)
                + writeItemsOfSeveralRows(rows, which == null ? "true" : "l.item_id " + which);
        return new Rewritten(items, members, items);
    }

    /** An item of one row is that row: its title and date, its channels and categories sorted. */
    private long writeItemsOfOneRow(String rows, String itemIs) {
        return jdbc.update("""
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                SELECT r.id, r.id, r.title, r.publish_date, %s, %s, ARRAY[r.department], 1
                  FROM %s r
                 WHERE NOT EXISTS (SELECT 1 FROM dedup_link l WHERE l.row_id = r.id) AND %s"""
                .formatted(sorted("r.channels"), sorted("r.categories"), rows, itemIs));
    }

    /** The distinct values of a row's array, sorted as {@code ORDER BY} sorts them; short arrays without a subquery. */
    private static String sorted(String array) {
        return """
                CASE WHEN cardinality(%1$s) < 2 THEN %1$s
                     WHEN cardinality(%1$s) = 2 AND %1$s[1] < %1$s[2] THEN %1$s
                     WHEN cardinality(%1$s) = 2 AND %1$s[1] > %1$s[2] THEN ARRAY[%1$s[2], %1$s[1]]
                     ELSE %2$s END""".formatted(array, distinctSorted(array));
    }

    /**
     * The earliest row (by date, then department, file, sheet, row) gives the title and date; channels,
     * categories and departments are the union over the rows. One sort: the rows of each item in that
     * order, the first one kept, the unions gathered over the item's rows.
     */
    private long writeItemsOfSeveralRows(String rows, String itemIs) {
        return jdbc.update("""
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                SELECT item_id, rep_row_id, title, publish_date, %s, %s, %s, row_count
                  FROM (SELECT DISTINCT ON (l.item_id) l.item_id, r.id AS rep_row_id, r.title, r.publish_date,
                               array_cat_agg(r.channels) OVER item AS channels,
                               array_cat_agg(r.categories) OVER item AS categories,
                               array_agg(r.department) OVER item AS departments, count(*) OVER item AS row_count
                          FROM %s r JOIN dedup_link l ON l.row_id = r.id
                         WHERE %s
                        WINDOW item AS (PARTITION BY l.item_id ORDER BY r.publish_date, r.department, r.rel_path, r.sheet,
                                        r.row_no ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                         ORDER BY l.item_id, r.publish_date, r.department, r.rel_path, r.sheet, r.row_no) first_rows"""
                .formatted(distinctSorted("channels"), distinctSorted("categories"), distinctSorted("departments"),
                        rows, itemIs));
    }

    private static String distinctSorted(String array) {
        return "ARRAY(SELECT DISTINCT c FROM unnest(%s) c ORDER BY c)".formatted(array);
    }
}
