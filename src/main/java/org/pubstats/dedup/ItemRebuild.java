package org.pubstats.dedup;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the decided components into item_member and item, touching only the items whose set of rows
 * changed: a row's item id is its component's smallest row id, and an item's columns follow from its
 * rows alone, so an item with the same rows as before is already right. What changed is left in
 * {@code dedup_changed} (temporary) for {@link Deduplication} to publish.
 */
final class ItemRebuild {

    private final JdbcTemplate jdbc;

    ItemRebuild(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param scopeRows a query of {@code row_id}: the rows decided now
     * @param oldMembers a query of the item_member rows those rows and the removed rows had
     * @return how many item ids changed (new, gone or with other rows)
     */
    long apply(String scopeRows, String oldMembers) {
        // dedup_link holds the rows joined to others (with their component's smallest row id); every
        // other row of the scope is an item of its own.
        jdbc.execute("""
                CREATE TEMP TABLE dedup_new_member ON COMMIT DROP AS
                SELECT s.row_id, coalesce(l.item_id, s.row_id) AS item_id, l.row_id IS NULL AS alone
                  FROM (%s) s LEFT JOIN dedup_link l ON l.row_id = s.row_id""".formatted(scopeRows));
        jdbc.execute("ANALYZE dedup_new_member");
        jdbc.execute("""
                CREATE TEMP TABLE dedup_changed ON COMMIT DROP AS
                WITH diff AS (
                    SELECT o.item_id AS old_item, n.item_id AS new_item
                      FROM (%s) o FULL JOIN dedup_new_member n ON n.row_id = o.row_id
                     WHERE o.item_id IS DISTINCT FROM n.item_id)
                SELECT old_item AS item_id FROM diff WHERE old_item IS NOT NULL
                UNION
                SELECT new_item FROM diff WHERE new_item IS NOT NULL""".formatted(oldMembers));
        jdbc.execute("ALTER TABLE dedup_changed ADD PRIMARY KEY (item_id)");
        jdbc.execute("ANALYZE dedup_changed");
        long changed = jdbc.queryForObject("SELECT count(*) FROM dedup_changed", Long.class);
        if (changed == 0) {
            return 0;
        }
        jdbc.execute("DELETE FROM item_member WHERE item_id IN (SELECT item_id FROM dedup_changed)");
        jdbc.execute("DELETE FROM item WHERE id IN (SELECT item_id FROM dedup_changed)");
        jdbc.execute("""
                INSERT INTO item_member (row_id, item_id)
                SELECT row_id, item_id FROM dedup_new_member WHERE item_id IN (SELECT item_id FROM dedup_changed)""");
        writeItemsOfOneRow();
        writeItemsOfSeveralRows();
        return changed;
    }

    /** An item of one row is that row: its title and date, its channels and categories sorted. */
    private void writeItemsOfOneRow() {
        jdbc.execute("""
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                SELECT r.id, r.id, r.title, r.publish_date,
                       CASE WHEN cardinality(r.channels) < 2 THEN r.channels
                            ELSE ARRAY(SELECT DISTINCT c FROM unnest(r.channels) c ORDER BY c) END,
                       CASE WHEN cardinality(r.categories) < 2 THEN r.categories
                            ELSE ARRAY(SELECT DISTINCT c FROM unnest(r.categories) c ORDER BY c) END,
                       ARRAY[r.department], 1
                  FROM dedup_new_member n JOIN item_row r ON r.id = n.row_id
                 WHERE n.alone AND n.item_id IN (SELECT item_id FROM dedup_changed)""");
    }

    /**
     * The earliest row (by date, then department, file, sheet, row) gives the title and date; channels,
     * categories and departments are the union over the rows.
     */
    private void writeItemsOfSeveralRows() {
        jdbc.execute("""
                CREATE TEMP TABLE dedup_members ON COMMIT DROP AS
                SELECT n.item_id, r.id, r.title, r.publish_date, r.department, f.rel_path, r.sheet, r.row_no,
                       r.channels, r.categories
                  FROM dedup_new_member n JOIN item_row r ON r.id = n.row_id JOIN source_file f ON f.id = r.file_id
                 WHERE NOT n.alone AND n.item_id IN (SELECT item_id FROM dedup_changed)""");
        jdbc.execute("ANALYZE dedup_members");
        jdbc.execute("""
                WITH firsts AS (
                    SELECT DISTINCT ON (item_id) item_id, id AS rep_row_id, title, publish_date FROM dedup_members
                     ORDER BY item_id, publish_date, department, rel_path, sheet, row_no),
                reporters AS (
                    SELECT item_id, array_agg(DISTINCT department ORDER BY department) AS departments, count(*) AS row_count
                      FROM dedup_members GROUP BY item_id),
                channel_union AS (
                    SELECT item_id, array_agg(DISTINCT c ORDER BY c) AS channels
                      FROM dedup_members, unnest(channels) c GROUP BY item_id),
                category_union AS (
                    SELECT item_id, array_agg(DISTINCT c ORDER BY c) AS categories
                      FROM dedup_members, unnest(categories) c GROUP BY item_id)
                INSERT INTO item (id, rep_row_id, title, publish_date, channels, categories, departments, row_count)
                SELECT f.item_id, f.rep_row_id, f.title, f.publish_date, coalesce(ch.channels, '{}'),
                       coalesce(ca.categories, '{}'), r.departments, r.row_count
                  FROM firsts f
                  JOIN reporters r USING (item_id)
                  LEFT JOIN channel_union ch USING (item_id)
                  LEFT JOIN category_union ca USING (item_id)""");
    }
}
