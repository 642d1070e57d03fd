package org.pubstats.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.report.DepartmentFeedback.RejectedLine;
import org.pubstats.report.DepartmentFeedback.UnknownValue;
import org.pubstats.report.YearEndData.Count;
import org.pubstats.report.YearEndData.DepartmentLine;
import org.pubstats.report.YearEndData.MonthLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a year's figures from the warehouse only (active file versions, distinct items), never from
 * the inbox: the year-end outputs can be written again at any time without a run. The long lists (review
 * pairs, each department's feedback) are streamed through a cursor — in a transaction, which the caller
 * holds — and handed over row by row or department by department.
 */
class YearEndQueries {

    /** Rows fetched per round trip while streaming. */
    private static final int FETCH_SIZE = 1000;

    /** The 重点领域 sub-areas of categories.csv, in the order of the seed report's paragraph. */
    static final List<String> KEY_SUB_AREAS = List.of("财政预决算", "公共资源配置", "社会公益事业", "重大建设项目");

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final CountyFiguresRepository figures;

    YearEndQueries(JdbcTemplate jdbc, CountyFiguresRepository figures) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.figures = figures;
    }

    YearEndData load(int year, String countyName, java.nio.file.Path jobsDir) {
        CountyFigures row = figures.find(year)
                .orElseThrow(() -> new IllegalStateException("数据库中没有" + year + "年的全县数据，请先运行 run --year " + year));
        java.util.SortedMap<String, RequestTable> requests = requests(jdbc, year);
        RequestTable county = requests.remove("");
        return new YearEndData(year, countyName, row, previousYear(year), departments(year), months(year),
                channels(year), keyAreas(year), county == null ? RequestTable.empty() : county, requests,
                FormsOverview.load(jdbc, year, jobsDir));
    }

    /** The year before, only when it was itself run: figures of stray rows of that year are not its figures. */
    Optional<CountyFigures> previousYear(int year) {
        return wasRun(jdbc, year - 1) ? figures.find(year - 1) : Optional.empty();
    }

    static boolean wasRun(JdbcTemplate jdbc, int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM run WHERE year = ? AND status = 'COMPLETED')", Boolean.class, year));
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

    /** For the lists' sorts (the review list, the feedback lines): in memory, local to the caller's transaction. */
    void sortInMemory() {
        jdbc.execute("SET LOCAL work_mem = '64MB'");
    }

    /**
     * The probable duplicates touching the year (two parameters: the year), most alike first, then by the rows'
     * places: the same order in the workbook and in review-YYYY.csv, and in every run (ids depend on the load).
     */
    static final String REVIEW_PAIRS_OF_YEAR = """
            SELECT * FROM v_review_pairs
             WHERE extract(year FROM date_a) = ? OR extract(year FROM date_b) = ?
             ORDER BY %s""".formatted(pairOrder(""));

    /** The order of review pairs wherever they are listed, over v_review_pairs columns with the given prefix ("p."). */
    private static String pairOrder(String prefix) {
        return String.join(", ", java.util.stream.Stream.of("similarity DESC", "date_a", "department_a", "file_a",
                "sheet_a", "row_a", "date_b", "department_b", "file_b", "sheet_b", "row_b").map(c -> prefix + c).toList());
    }

    /** The probable duplicates touching the year, most alike first, one at a time. */
    void reviewPairs(int year, Consumer<ReviewPair> each) {
        streaming.query(REVIEW_PAIRS_OF_YEAR, rs -> {
            each.accept(reviewPair(rs));
        }, year, year);
    }

    /** The pair of a row of {@link #REVIEW_PAIRS_OF_YEAR}. */
    static ReviewPair reviewPair(ResultSet rs) throws SQLException {
        return new ReviewPair(rs.getDouble("similarity"), rs.getString("reason"), side(rs, "a"), side(rs, "b"));
    }

    private static ReviewPair.Side side(ResultSet rs, String which) throws SQLException {
        return new ReviewPair.Side(rs.getString("title_" + which), rs.getString("date_" + which),
                rs.getString("doc_no_" + which), rs.getString("department_" + which), rs.getString("file_" + which),
                rs.getString("sheet_" + which), (Integer) rs.getObject("row_" + which));
    }

    /**
     * The year's Table 三 from request_figures (the figures step counted them from the logs, design.md §2.4), by
     * department; the county's under "".
     */
    static java.util.SortedMap<String, RequestTable> requests(JdbcTemplate jdbc, int year) {
        java.util.Map<String, RequestTable.Builder> builders = new java.util.TreeMap<>();
        jdbc.query("SELECT department, line, applicant, requests FROM request_figures WHERE year = ?", rs -> {
            builders.computeIfAbsent(rs.getString("department"), d -> new RequestTable.Builder())
                    .add(rs.getString("line"), rs.getString("applicant"), rs.getInt("requests"));
        }, year);
        java.util.SortedMap<String, RequestTable> tables = new java.util.TreeMap<>();
        builders.forEach((department, builder) -> tables.put(department, builder.build()));
        return tables;
    }

    /**
     * Each department's own figures for its draft (design.md §7): the county row's figures counted over the distinct
     * items of the rows it reported (v_figure_items), its 依申请公开 the requests it received in the year, and its Table 三.
     * Every department of the 各部门 list, in the order of their names.
     */
    List<DepartmentReportData> departmentDrafts(YearEndData data) {
        int year = data.year();
        return jdbc.query("""
                SELECT d.department,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '政府网站') AS website,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '通过其他方式公开') AS other_channels,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '规范性文件') AS normative,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '试点领域') AS pilot,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '重点领域') AS key_areas,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '在线调查') AS surveys,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '信息总数') AS distinct_items,
                       count(DISTINCT f.item_id) FILTER (WHERE f.figure = '政策解读') AS interpretations
                  FROM (%s) d
                  LEFT JOIN (SELECT DISTINCT r.department, m.item_id
                               FROM active_item_row r JOIN item_member m ON m.row_id = r.id) dm
                         ON dm.department = d.department
                  LEFT JOIN v_figure_items f ON f.item_id = dm.item_id AND f.year = ?
                 GROUP BY d.department
                 ORDER BY d.department""".formatted(org.pubstats.figures.BreakdownFigures.DEPARTMENTS),
                (rs, n) -> {
                    String department = rs.getString("department");
                    RequestTable requests = data.requestsOf(department);
                    CountyFigures figures = new CountyFigures(year, rs.getInt("website"), rs.getInt("other_channels"),
                            rs.getInt("normative"), rs.getInt("pilot"), rs.getInt("key_areas"), rs.getInt("surveys"),
                            requests.value(RequestTable.RECEIVED, RequestTable.TOTAL), rs.getInt("distinct_items"),
                            rs.getInt("interpretations"));
                    return new DepartmentReportData(year, data.countyName(), department, figures, requests,
                            data.forms().of(department));
                }, year);
    }

    /**
     * Each department's feedback for the year, department by department (in the order of their names), from
     * one query: its rejected rows and files (all years: what it must correct now), the values the dictionaries
     * do not know in its rows of the year, and the review pairs of the year that involve it. Departments with
     * nothing to correct do not appear.
     */
    void feedback(int year, Consumer<DepartmentFeedback> each) {
        FeedbackCollector collector = new FeedbackCollector(year, each);
        streaming.query("""
                SELECT department, part, cells FROM (
                    SELECT department, 1 AS part,
                           ARRAY[rel_path, sheet, row_no::text, array_to_string(raw_cells, ' | '), reason, message] AS cells,
                           row_number() OVER (PARTITION BY department
                                              ORDER BY rel_path, sheet NULLS FIRST, row_no NULLS FIRST, id) AS seq
                      FROM active_rejected_row
                    UNION ALL
                    SELECT department, 2, ARRAY[kind, value, n::text],
                           row_number() OVER (PARTITION BY department ORDER BY kind, n DESC, value)
                      FROM (SELECT r.department, u.kind, u.value, count(*) AS n
                              FROM active_item_row r
                             CROSS JOIN LATERAL (SELECT '公开渠道' AS kind, c AS value FROM unnest(r.unknown_channels) c
                                                 UNION ALL
                                                 SELECT '信息类别', c FROM unnest(r.unknown_categories) c) u
                             WHERE r.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                               AND cardinality(r.unknown_channels) + cardinality(r.unknown_categories) > 0
                             GROUP BY r.department, u.kind, u.value) v
                    UNION ALL
                    SELECT d.department, 3,
                           ARRAY[p.similarity::text, p.reason,
                                 p.title_a, p.date_a::text, p.doc_no_a, p.department_a, p.file_a, p.sheet_a, p.row_a::text,
                                 p.title_b, p.date_b::text, p.doc_no_b, p.department_b, p.file_b, p.sheet_b, p.row_b::text],
                           row_number() OVER (PARTITION BY d.department ORDER BY %s)
                      FROM v_review_pairs p
                     CROSS JOIN LATERAL (SELECT p.department_a UNION SELECT p.department_b) AS d(department)
                     WHERE extract(year FROM p.date_a) = ? OR extract(year FROM p.date_b) = ?) f
                 ORDER BY department, part, seq""".formatted(pairOrder("p.")),
                collector::row, year, year, year, year);
        collector.finish();
    }

    /** Gathers one department's lines from the ordered stream and hands the department over when the next begins. */
    private static final class FeedbackCollector {
        private final int year;
        private final Consumer<DepartmentFeedback> each;
        private String department;
        private List<RejectedLine> rejected = new ArrayList<>();
        private List<UnknownValue> unknown = new ArrayList<>();
        private List<ReviewPair> pairs = new ArrayList<>();

        FeedbackCollector(int year, Consumer<DepartmentFeedback> each) {
            this.year = year;
            this.each = each;
        }

        void row(ResultSet rs) throws SQLException {
            String next = rs.getString("department");
            if (department != null && !department.equals(next)) {
                finish();
            }
            department = next;
            String[] c = (String[]) rs.getArray("cells").getArray();
            switch (rs.getInt("part")) {
                case 1 -> rejected.add(new RejectedLine(c[0], c[1], integer(c[2]), c[3], c[4], c[5]));
                case 2 -> unknown.add(new UnknownValue(c[0], c[1], Integer.parseInt(c[2])));
                default -> pairs.add(new ReviewPair(Double.parseDouble(c[0]), c[1],
                        new ReviewPair.Side(c[2], c[3], c[4], c[5], c[6], c[7], integer(c[8])),
                        new ReviewPair.Side(c[9], c[10], c[11], c[12], c[13], c[14], integer(c[15]))));
            }
        }

        void finish() {
            if (department != null) {
                each.accept(new DepartmentFeedback(year, department, rejected, unknown, pairs));
            }
            department = null;
            rejected = new ArrayList<>();
            unknown = new ArrayList<>();
            pairs = new ArrayList<>();
        }

        private static Integer integer(String text) {
            return text == null ? null : Integer.valueOf(text);
        }
    }
}
