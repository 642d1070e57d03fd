package org.pubstats.figures;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per department, month, channel and category figures of a year (SPEC §6), recomputed whole.
 * Departments count what they reported; everything else counts distinct items. The departments are
 * the inbox folders and every department named in a 发布单位 column of an active file.
 */
public class BreakdownFigures {

    private final JdbcTemplate jdbc;
    private final String websiteChannel;

    public BreakdownFigures(JdbcTemplate jdbc, String websiteChannel) {
        this.jdbc = jdbc;
        this.websiteChannel = websiteChannel;
    }

    public void compute(int year) {
        for (String table : new String[] {"department_figures", "month_figures", "channel_figures", "category_figures"}) {
            jdbc.update("DELETE FROM " + table + " WHERE year = ?", year);
        }
        jdbc.update("""
                INSERT INTO department_figures (year, department, rows_reported, distinct_items, rejected_rows, unmapped_values)
                SELECT ?, d.department, coalesce(r.rows_reported, 0), coalesce(r.distinct_items, 0),
                       coalesce(x.rejected_rows, 0), coalesce(r.unmapped_values, 0)
                  FROM (SELECT department FROM source_file WHERE status = 'active'
                        UNION
                        SELECT ir.department FROM item_row ir JOIN source_file f ON f.id = ir.file_id AND f.status = 'active'
                        UNION
                        SELECT rr.department FROM request_row rr JOIN source_file f ON f.id = rr.file_id AND f.status = 'active') d
                  LEFT JOIN (SELECT ir.department, count(*) AS rows_reported, count(DISTINCT m.item_id) AS distinct_items,
                                    sum(cardinality(ir.unknown_channels) + cardinality(ir.unknown_categories)) AS unmapped_values
                               FROM item_row ir
                               JOIN source_file f ON f.id = ir.file_id AND f.status = 'active'
                               JOIN item_member m ON m.row_id = ir.id
                               JOIN item i ON i.id = m.item_id
                              WHERE i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                              GROUP BY ir.department) r ON r.department = d.department
                  LEFT JOIN (SELECT f.department, count(*) AS rejected_rows
                               FROM rejected_row rj JOIN source_file f ON f.id = rj.file_id AND f.status = 'active'
                              GROUP BY f.department) x ON x.department = d.department""",
                year, year, year);
        jdbc.update("""
                INSERT INTO month_figures (year, month, distinct_items, website, other_channels)
                SELECT ?, m.month, count(i.id),
                       count(i.id) FILTER (WHERE ? = ANY (i.channels)),
                       count(i.id) FILTER (WHERE EXISTS (SELECT 1 FROM unnest(i.channels) c WHERE c <> ?))
                  FROM generate_series(1, 12) AS m(month)
                  LEFT JOIN item i ON i.publish_date >= make_date(?, m.month, 1)
                                  AND i.publish_date < make_date(?, m.month, 1) + interval '1 month'
                 GROUP BY m.month""",
                year, websiteChannel, websiteChannel, year, year);
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
