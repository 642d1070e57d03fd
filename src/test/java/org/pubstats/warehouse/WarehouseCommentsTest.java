package org.pubstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pubstats.support.WarehouseTest;

/**
 * What the analysts' read-only role reads (the v_* views and the figure tables, as afterMigrate.sql grants them)
 * explains itself in Chinese: every such view or table and every one of its columns has a comment with at least
 * one Chinese character (V17). A new analyst view without its comments fails here.
 */
class WarehouseCommentsTest extends WarehouseTest {

    /** The same selection as afterMigrate.sql's grants to pubstats_analyst. */
    private static final String ANALYST_OBJECTS = """
            SELECT c.oid, c.relname, c.relkind
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema()
               AND ((c.relkind = 'v' AND c.relname LIKE 'v\\_%')
                    OR (c.relkind = 'r' AND c.relname IN ('county_figures', 'department_figures', 'month_figures',
                                                          'channel_figures', 'category_figures')))""";

    /** A CJK unified ideograph (the basic block and extension A). */
    private static final String CHINESE = "[\\u3400-\\u4dbf\\u4e00-\\u9fff]";

    @Test
    void theAnalystObjectsAreTheOnesDocumented() {
        assertThat(jdbc.queryForList("SELECT relname FROM (" + ANALYST_OBJECTS + ") o ORDER BY relname", String.class))
                .containsExactly("category_figures", "channel_figures", "county_figures", "department_figures",
                        "month_figures", "v_county_summary", "v_county_years", "v_department_forms", "v_department_rows",
                        "v_figure_items", "v_files", "v_item_sources", "v_items", "v_region_summary", "v_rejected",
                        "v_request_sources", "v_review_pairs", "v_table3");
    }

    @Test
    void everyAnalystViewAndFigureTableHasAChineseComment() {
        List<String> missing = jdbc.queryForList("""
                SELECT o.relname FROM (%s) o
                 WHERE coalesce(obj_description(o.oid, 'pg_class'), '') !~ '%s'
                 ORDER BY o.relname""".formatted(ANALYST_OBJECTS, CHINESE), String.class);
        assertThat(missing).as("views and tables without a Chinese comment").isEmpty();
    }

    @Test
    void everyColumnOfThemHasAChineseComment() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT c.table_name, c.column_name,
                       col_description(format('%%I.%%I', c.table_schema, c.table_name)::regclass, c.ordinal_position) AS comment
                  FROM information_schema.columns c
                  JOIN (%s) o ON o.relname = c.table_name
                 WHERE c.table_schema = current_schema()
                 ORDER BY c.table_name, c.ordinal_position""".formatted(ANALYST_OBJECTS));
        assertThat(columns).as("columns of the analyst views and figure tables").hasSizeGreaterThan(100);
        List<String> missing = columns.stream()
                .filter(c -> c.get("comment") == null || !((String) c.get("comment")).strip().matches("(?s).*" + CHINESE + ".*"))
                .map(c -> c.get("table_name") + "." + c.get("column_name"))
                .toList();
        assertThat(missing).as("columns without a Chinese comment").isEmpty();
    }
}
