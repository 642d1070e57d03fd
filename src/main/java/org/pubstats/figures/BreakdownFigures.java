package org.pubstats.figures;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per department, month, channel and category figures of a year (design.md §6), recomputed whole.
 * Departments count what they reported; everything else counts distinct items. The departments are
 * the inbox folders and every department named in a 发布单位 column of an active file.
 */
public class BreakdownFigures {

    /**
     * The departments (one column, {@code department}): the inbox folders of active files and every department
     * named in an active row, items or requests, of any year. The 各部门 sheet lists these, and so does any
     * other list of departments (a period's departments without items).
     */
    public static final String DEPARTMENTS = """
            SELECT department FROM source_file WHERE status = 'active'
            UNION
            SELECT department FROM active_item_row
            UNION
            SELECT department FROM active_request_row""";

    private final JdbcTemplate jdbc;
    private final ChannelSplit channels;

    public BreakdownFigures(JdbcTemplate jdbc, ChannelSplit channels) {
        this.jdbc = jdbc;
        this.channels = channels;
    }

    /** Runs in the caller's transaction (the figures step's), which the settings below are local to. */
    public void compute(int year) {
        jdbc.execute("SET LOCAL work_mem = '64MB'");
        jdbc.execute("SET LOCAL jit = off");
        // Every active row against its item: hash joins over the whole tables, not a million index lookups
        // (the planner's choice on a million rows, three times slower).
        jdbc.execute("SET LOCAL enable_nestloop = off");
        for (String table : new String[] {"department_figures", "month_figures", "channel_figures", "category_figures"}) {
            jdbc.update("DELETE FROM " + table + " WHERE year = ?", year);
        }
        jdbc.update("""
                INSERT INTO department_figures (year, department, rows_reported, distinct_items, rejected_rows, unmapped_values)
                SELECT ?, d.department, coalesce(r.rows_reported, 0), coalesce(r.distinct_items, 0),
                       coalesce(x.rejected_rows, 0), coalesce(r.unmapped_values, 0)
                  FROM (%s) d
                  LEFT JOIN (SELECT ir.department, count(*) AS rows_reported, count(DISTINCT m.item_id) AS distinct_items,
                                    sum(cardinality(ir.unknown_channels) + cardinality(ir.unknown_categories)) AS unmapped_values
                               FROM active_item_row ir
                               JOIN item_member m ON m.row_id = ir.id
                               JOIN item i ON i.id = m.item_id
                              WHERE i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                              GROUP BY ir.department) r ON r.department = d.department
                  LEFT JOIN (SELECT department, count(*) AS rejected_rows FROM active_rejected_row
                              GROUP BY department) x ON x.department = d.department""".formatted(DEPARTMENTS),
                year, year, year);
        jdbc.execute("SET LOCAL enable_nestloop = on");
        // One pass over the year's items, grouped by month; months without items are there with zeros.
        jdbc.update("""
                INSERT INTO month_figures (year, month, distinct_items, website, other_channels)
                SELECT ?, m.month, coalesce(c.items, 0), coalesce(c.website, 0), coalesce(c.other, 0)
                  FROM generate_series(1, 12) AS m(month)
                  LEFT JOIN (SELECT extract(month FROM publish_date)::int AS month, count(*) AS items,
                                    count(*) FILTER (WHERE %s) AS website,
                                    count(*) FILTER (WHERE %s) AS other
                               FROM item
                              WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                              GROUP BY 1) c ON c.month = m.month""".formatted(channels.website("channels"), channels.other("channels")),
                year, year, year);
        jdbc.update("""
                INSERT INTO channel_figures (year, channel, distinct_items)
                SELECT ?, c, count(*) FROM item, unnest(channels) c
                 WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 GROUP BY c""", year, year, year);
        jdbc.update("""
                INSERT INTO category_figures (year, category, distinct_items)
                SELECT ?, c, count(*) FROM item, unnest(categories) c
                 WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 GROUP BY c""", year, year, year);
    }
}
