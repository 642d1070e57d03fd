package org.pubstats.figures;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Table 三 of a year from the request logs (design.md §2.4), into {@code request_figures}: for each request once
 * (view {@code request_case}: its first receipt, its applicant column, its latest completion and that row's
 * outcome), per department and county-wide (department ''), per applicant column and 总计:
 * <ul>
 * <li>一 received in the year;</li>
 * <li>二 received before the year and not completed before it;</li>
 * <li>its outcome row and （七）总计 when completed in the year;</li>
 * <li>四 received by the year's end and not completed by then.</li>
 * </ul>
 * So 一 + 二 = （七） + 四 and 总计 = the six columns hold by construction; the report checks them on what the
 * warehouse holds. Only non-zero cells are stored (the county's 一/总计 always, so the county table exists).
 */
public class RequestFigures {

    private final JdbcTemplate jdbc;

    public RequestFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void compute(int year) {
        jdbc.update("DELETE FROM request_figures WHERE year = ?", year);
        jdbc.update("""
                INSERT INTO request_figures (year, department, line, applicant, requests)
                SELECT ?, CASE WHEN grouping(c.department) = 1 THEN '' ELSE c.department END, l.line,
                       CASE WHEN grouping(c.applicant) = 1 THEN '总计' ELSE c.applicant END, count(*)
                  FROM (SELECT department, coalesce(applicant, '其他') AS applicant, received, completed_on, outcome,
                               make_date(?, 1, 1) AS y0, make_date(?, 12, 31) AS y1
                          FROM request_case) c
                 CROSS JOIN LATERAL (VALUES
                         (CASE WHEN c.received BETWEEN c.y0 AND c.y1 THEN '一' END),
                         (CASE WHEN c.received < c.y0 AND (c.completed_on IS NULL OR c.completed_on >= c.y0) THEN '二' END),
                         (CASE WHEN c.completed_on BETWEEN c.y0 AND c.y1 THEN c.outcome END),
                         (CASE WHEN c.completed_on BETWEEN c.y0 AND c.y1 THEN '（七）总计' END),
                         (CASE WHEN c.received <= c.y1 AND (c.completed_on IS NULL OR c.completed_on > c.y1) THEN '四' END))
                       AS l(line)
                 WHERE l.line IS NOT NULL
                 GROUP BY GROUPING SETS ((c.department, l.line, c.applicant), (c.department, l.line),
                                         (l.line, c.applicant), (l.line))""",
                year, year, year);
        jdbc.update("""
                INSERT INTO request_figures (year, department, line, applicant, requests)
                SELECT ?, '', '一', '总计', 0
                 WHERE NOT EXISTS (SELECT 1 FROM request_figures WHERE year = ? AND department = '')""", year, year);
    }
}
