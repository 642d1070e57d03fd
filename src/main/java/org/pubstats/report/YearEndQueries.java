package org.pubstats.report;

import java.util.List;

import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.report.YearEndData.Count;
import org.pubstats.report.YearEndData.DepartmentLine;
import org.pubstats.report.YearEndData.MonthLine;
import org.pubstats.report.YearEndData.RejectedLine;
import org.pubstats.report.YearEndData.ReviewPair;
import org.pubstats.report.YearEndData.UnknownValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a year's figures from the warehouse only (active file versions, distinct items), never from
 * the inbox: the year-end outputs can be written again at any time without a run.
 */
class YearEndQueries {

    /** The 重点领域 sub-areas of categories.csv, in the order of the seed report's paragraph. */
    static final List<String> KEY_SUB_AREAS = List.of("财政预决算", "公共资源配置", "社会公益事业", "重大建设项目");

    private final JdbcTemplate jdbc;
    private final CountyFiguresRepository figures;

    YearEndQueries(JdbcTemplate jdbc, CountyFiguresRepository figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    YearEndData load(int year, String countyName) {
        CountyFigures row = figures.find(year)
                .orElseThrow(() -> new IllegalStateException("仓库中没有" + year + "年的全县数据，请先运行 run --year " + year));
        return new YearEndData(year, countyName, row, figures.find(year - 1), departments(year), months(year),
                channels(year), keyAreas(year), reviewPairs(year), requests(year), rejected(), unknownValues(year));
    }

    // The breakdowns are the figures step's tables (figures.BreakdownFigures), so the workbook shows
    // exactly what analysts query.
    private List<DepartmentLine> departments(int year) {
        return jdbc.query("""
                SELECT department, rows_reported, distinct_items, rejected_rows, unmapped_values
                  FROM department_figures WHERE year = ? ORDER BY department""",
                (rs, n) -> new DepartmentLine(rs.getString("department"), rs.getInt("rows_reported"),
                        rs.getInt("distinct_items"), rs.getInt("rejected_rows"), rs.getInt("unmapped_values")),
                year);
    }

    private List<MonthLine> months(int year) {
        return jdbc.query("""
                SELECT month, distinct_items, website, other_channels FROM month_figures WHERE year = ? ORDER BY month""",
                (rs, n) -> new MonthLine(rs.getInt("month"), rs.getInt("distinct_items"), rs.getInt("website"),
                        rs.getInt("other_channels")),
                year);
    }

    private List<Count> channels(int year) {
        return jdbc.query("""
                SELECT channel, distinct_items FROM channel_figures WHERE year = ? ORDER BY distinct_items DESC, channel""",
                (rs, n) -> new Count(rs.getString("channel"), rs.getInt("distinct_items")), year);
    }

    private List<Count> keyAreas(int year) {
        return jdbc.query("""
                SELECT a.area, coalesce(c.distinct_items, 0) AS items
                  FROM unnest(?::text[]) WITH ORDINALITY AS a(area, ord)
                  LEFT JOIN category_figures c ON c.category = a.area AND c.year = ?
                 ORDER BY a.ord""",
                (rs, n) -> new Count(rs.getString("area"), rs.getInt("items")),
                withTotal(), year);
    }

    private static String[] withTotal() {
        String[] areas = KEY_SUB_AREAS.toArray(new String[KEY_SUB_AREAS.size() + 1]);
        areas[KEY_SUB_AREAS.size()] = "重点领域";
        return areas;
    }

    private List<ReviewPair> reviewPairs(int year) {
        return jdbc.query("""
                SELECT * FROM v_review_pairs
                 WHERE extract(year FROM date_a) = ? OR extract(year FROM date_b) = ?
                 ORDER BY similarity DESC, item_a, item_b""",
                (rs, n) -> new ReviewPair(rs.getDouble("similarity"),
                        rs.getString("department_a"), rs.getString("title_a"), rs.getString("date_a"),
                        rs.getString("file_a"), rs.getString("sheet_a"), (Integer) rs.getObject("row_a"),
                        rs.getString("department_b"), rs.getString("title_b"), rs.getString("date_b"),
                        rs.getString("file_b"), rs.getString("sheet_b"), (Integer) rs.getObject("row_b")),
                year, year);
    }

    /** One request counts once (its key), in the year of its first row, as for the county figure. */
    private RequestTable requests(int year) {
        int[] received = new int[RequestTable.COLUMNS.size()];
        int[] granted = new int[RequestTable.COLUMNS.size()];
        jdbc.query("""
                SELECT min(r.applicant_type) AS applicant_type, min(r.outcome) AS outcome
                  FROM counted_request c JOIN active_request_row r USING (request_key)
                 WHERE c.year = ?
                 GROUP BY c.request_key""", rs -> {
            int column = RequestTable.column(rs.getString("applicant_type"));
            int total = RequestTable.COLUMNS.size() - 1;
            received[column]++;
            received[total]++;
            if (RequestTable.granted(rs.getString("outcome"))) {
                granted[column]++;
                granted[total]++;
            }
        }, year);
        return new RequestTable(received, granted);
    }

    private List<RejectedLine> rejected() {
        return jdbc.query("""
                SELECT department, rel_path, sheet, row_no, array_to_string(raw_cells, ' | ') AS raw, reason, message
                  FROM active_rejected_row
                 ORDER BY department, rel_path, sheet NULLS FIRST, row_no NULLS FIRST, id""",
                (rs, n) -> new RejectedLine(rs.getString("department"), rs.getString("rel_path"), rs.getString("sheet"),
                        (Integer) rs.getObject("row_no"), rs.getString("raw"), rs.getString("reason"), rs.getString("message")));
    }

    private List<UnknownValue> unknownValues(int year) {
        return jdbc.query("""
                SELECT department, kind, value, count(*) AS n FROM (
                    SELECT department, '公开渠道' AS kind, unnest(unknown_channels) AS value
                      FROM active_item_row WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                    UNION ALL
                    SELECT department, '信息类别', unnest(unknown_categories)
                      FROM active_item_row WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)) u
                 GROUP BY department, kind, value ORDER BY department, kind, n DESC, value""",
                (rs, n) -> new UnknownValue(rs.getString("department"), rs.getString("kind"), rs.getString("value"),
                        rs.getInt("n")), year, year, year, year);
    }
}
