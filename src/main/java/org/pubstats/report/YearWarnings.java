package org.pubstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Console warnings after a run, for a year that looks wrong: far fewer items than the year before (a department
 * that has not sent its list, an inbox copied in part), or an inbox whose rows are mostly of another year (the
 * wrong {@code --year}).
 */
public final class YearWarnings {

    /** Below this share of the comparison, a year is "far fewer". */
    static final double FAR_FEWER = 0.5;

    private final JdbcTemplate jdbc;

    public YearWarnings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(int year, String scope) {
        List<String> warnings = new ArrayList<>();
        Integer now = distinctItems(year);
        Integer before = YearEndQueries.wasRun(jdbc, year - 1) ? distinctItems(year - 1) : null;
        if (now != null && before != null && now < FAR_FEWER * before) {
            warnings.add("注意：" + year + "年信息总数 " + now + " 条，不到" + (year - 1) + "年（" + before
                    + " 条）的一半。是否有部门尚未报送，或收件箱没有复制完整？");
        }
        List<Map<String, Object>> busiest = jdbc.queryForList("""
                SELECT extract(year FROM r.publish_date)::int AS year, count(*) AS n
                  FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active' AND f.scope = ?
                 GROUP BY 1 ORDER BY n DESC, 1 DESC LIMIT 1""", scope);
        if (!busiest.isEmpty()) {
            int busiestYear = ((Number) busiest.get(0).get("year")).intValue();
            long busiestRows = ((Number) busiest.get(0).get("n")).longValue();
            long rowsOfYear = jdbc.queryForObject("""
                    SELECT count(*) FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active' AND f.scope = ?
                     WHERE r.publish_date >= make_date(?, 1, 1) AND r.publish_date < make_date(? + 1, 1, 1)""",
                    Long.class, scope, year, year);
            if (busiestYear != year && rowsOfYear < FAR_FEWER * busiestRows) {
                warnings.add("注意：收件箱 " + scope + " 中的信息大多发布于" + busiestYear + "年（" + busiestRows + " 行），"
                        + year + "年只有 " + rowsOfYear + " 行。统计年度是否选错？（--year " + busiestYear + "）");
            }
        }
        return warnings;
    }

    private Integer distinctItems(int year) {
        List<Integer> found = jdbc.queryForList("SELECT distinct_items FROM county_figures WHERE year = ?", Integer.class, year);
        return found.isEmpty() ? null : found.get(0);
    }
}
