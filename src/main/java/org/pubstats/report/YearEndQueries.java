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
    private final String websiteChannel;

    YearEndQueries(JdbcTemplate jdbc, CountyFiguresRepository figures, String websiteChannel) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.websiteChannel = websiteChannel;
    }

    YearEndData load(int year, String countyName) {
        CountyFigures row = figures.find(year)
                .orElseThrow(() -> new IllegalStateException("仓库中没有" + year + "年的全县数据，请先运行 run --year " + year));
        return new YearEndData(year, countyName, row, figures.find(year - 1), departments(year), months(year),
                channels(year), keyAreas(year), reviewPairs(year), requests(year), rejected(), unknownValues(year));
    }

    private List<DepartmentLine> departments(int year) {
        return jdbc.query("""
                WITH rows AS (
                    SELECT r.department, count(*) AS rows_reported, count(DISTINCT m.item_id) AS distinct_items,
                           sum(cardinality(r.unknown_channels) + cardinality(r.unknown_categories)) AS unmapped
                      FROM item_row r
                      JOIN source_file f ON f.id = r.file_id AND f.status = 'active'
                      LEFT JOIN item_member m ON m.row_id = r.id
                     WHERE r.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                     GROUP BY r.department),
                rejected AS (
                    SELECT f.department, count(*) AS rejected_rows
                      FROM rejected_row j JOIN source_file f ON f.id = j.file_id AND f.status = 'active'
                     GROUP BY f.department)
                SELECT coalesce(rows.department, rejected.department) AS department,
                       coalesce(rows_reported, 0) AS rows_reported, coalesce(distinct_items, 0) AS distinct_items,
                       coalesce(rejected_rows, 0) AS rejected_rows, coalesce(unmapped, 0) AS unmapped
                  FROM rows FULL JOIN rejected ON rejected.department = rows.department
                 ORDER BY 1""",
                (rs, n) -> new DepartmentLine(rs.getString("department"), rs.getInt("rows_reported"),
                        rs.getInt("distinct_items"), rs.getInt("rejected_rows"), rs.getInt("unmapped")),
                year, year);
    }

    private List<MonthLine> months(int year) {
        List<MonthLine> found = jdbc.query("""
                SELECT m AS month, count(i.id) AS items,
                       count(i.id) FILTER (WHERE ? = ANY (i.channels)) AS website,
                       count(i.id) FILTER (WHERE EXISTS (SELECT 1 FROM unnest(i.channels) c WHERE c <> ?)) AS other
                  FROM generate_series(1, 12) m
                  LEFT JOIN item i ON extract(month FROM i.publish_date) = m
                                  AND i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 GROUP BY m ORDER BY m""",
                (rs, n) -> new MonthLine(rs.getInt("month"), rs.getInt("items"), rs.getInt("website"), rs.getInt("other")),
                websiteChannel, websiteChannel, year, year);
        return found;
    }

    private List<Count> channels(int year) {
        return jdbc.query("""
                SELECT c AS channel, count(DISTINCT i.id) AS items
                  FROM item i CROSS JOIN LATERAL unnest(i.channels) c
                 WHERE i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 GROUP BY c ORDER BY items DESC, c""",
                (rs, n) -> new Count(rs.getString("channel"), rs.getInt("items")), year, year);
    }

    private List<Count> keyAreas(int year) {
        return jdbc.query("""
                SELECT a.area, a.ord, count(i.id) AS items
                  FROM unnest(?::text[]) WITH ORDINALITY AS a(area, ord)
                  LEFT JOIN item i ON a.area = ANY (i.categories)
                                  AND i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 GROUP BY a.area, a.ord ORDER BY a.ord""",
                (rs, n) -> new Count(rs.getString("area"), rs.getInt("items")),
                withTotal(), year, year);
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
                SELECT min(rr.applicant_type) AS applicant_type, min(rr.outcome) AS outcome
                  FROM request_row rr JOIN source_file f ON f.id = rr.file_id AND f.status = 'active'
                 GROUP BY rr.request_key
                HAVING extract(year FROM min(rr.received_date)) = ?""", rs -> {
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
                SELECT f.department, f.rel_path, j.sheet, j.row_no, array_to_string(j.raw_cells, ' | ') AS raw,
                       j.reason, j.message
                  FROM rejected_row j JOIN source_file f ON f.id = j.file_id AND f.status = 'active'
                 ORDER BY f.department, f.rel_path, j.sheet NULLS FIRST, j.row_no NULLS FIRST, j.id""",
                (rs, n) -> new RejectedLine(rs.getString("department"), rs.getString("rel_path"), rs.getString("sheet"),
                        (Integer) rs.getObject("row_no"), rs.getString("raw"), rs.getString("reason"), rs.getString("message")));
    }

    private List<UnknownValue> unknownValues(int year) {
        return jdbc.query("""
                SELECT department, kind, value, count(*) AS n FROM (
                    SELECT r.department, '公开渠道' AS kind, unnest(r.unknown_channels) AS value
                      FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active'
                     WHERE r.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                    UNION ALL
                    SELECT r.department, '信息类别', unnest(r.unknown_categories)
                      FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active'
                     WHERE r.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)) u
                 GROUP BY department, kind, value ORDER BY department, kind, n DESC, value""",
                (rs, n) -> new UnknownValue(rs.getString("department"), rs.getString("kind"), rs.getString("value"),
                        rs.getInt("n")), year, year, year, year);
    }
}
