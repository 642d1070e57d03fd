package org.pubstats.console;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pubstats.figures.CountyFigures;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** 明细: the items behind a figure of the county row and the source rows behind an item (v_figure_items, v_items, v_item_sources, v_request_sources). */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FigureItems {

    /** The county table's figures, then the totals and the 重点领域 sub-areas that v_figure_items also names. */
    static final List<String> FIGURES = List.of("政府网站", "通过其他方式公开", "规范性文件", "试点领域", "重点领域",
            "在线调查", "依申请公开", "政策解读", "信息总数", "财政预决算", "公共资源配置", "社会公益事业", "重大建设项目");
    /** Counted from the request logs, not from items. */
    static final String REQUESTS = "依申请公开";

    /** A number of the county table and the figure page it links to. */
    public record Cell(String figure, int value) {}

    /** The county table's seven numbers, named as the report's columns (the first seven {@link #FIGURES}). */
    static List<Cell> countyRow(CountyFigures row) {
        int[] values = row.reportRow();
        return java.util.stream.IntStream.range(0, values.length).mapToObj(i -> new Cell(FIGURES.get(i), values[i])).toList();
    }

    /** One distinct item as v_items has it. */
    public record Item(long id, String title, LocalDate date, List<String> channels, List<String> categories,
                List<String> departments, int rows) {}

    /** One row merged into an item, as the department wrote it. */
    public record Source(String file, String sheet, int row, String department, String title, LocalDate date,
                  String channel, String category, String docNo, String indexNo, String url) {}

    /** One request counted in a year with the log rows it was entered on. */
    public record Request(String key, List<RequestRow> rows) {}

    public record RequestRow(String file, String sheet, int row, String department, String number, LocalDate received,
                      String applicant, String outcome) {}

    private static final String ITEM_COLUMNS =
            "i.item_id, i.title, i.publish_date, i.channels, i.categories, i.departments, i.row_count";

    private final JdbcTemplate jdbc;

    FigureItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static boolean known(String figure) {
        return FIGURES.contains(figure);
    }

    int count(int year, String figure) {
        if (figure.equals(REQUESTS)) {
            return jdbc.queryForObject("SELECT count(DISTINCT request_key) FROM v_request_sources WHERE year = ?",
                    Integer.class, year);
        }
        return jdbc.queryForObject("SELECT count(*) FROM v_figure_items WHERE year = ? AND figure = ?",
                Integer.class, year, figure);
    }

    /** One page of a figure's items, by date then title, so that pages do not overlap. */
    List<Item> items(int year, String figure, int offset, int limit) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + """
                 FROM v_figure_items f JOIN v_items i USING (item_id)
                WHERE f.year = ? AND f.figure = ?
                ORDER BY i.publish_date, i.title, i.item_id OFFSET ? LIMIT ?""", ITEM, year, figure, offset, limit);
    }

    Optional<Item> item(long id) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM v_items i WHERE i.item_id = ?", ITEM, id).stream().findFirst();
    }

    List<Source> sources(long id) {
        return jdbc.query("""
                SELECT file, sheet, row, department, title, publish_date, raw_channel, raw_category, doc_no, index_no, url
                  FROM v_item_sources WHERE item_id = ? ORDER BY publish_date, department, file, sheet, row""",
                (rs, n) -> new Source(rs.getString("file"), rs.getString("sheet"), rs.getInt("row"),
                        rs.getString("department"), rs.getString("title"), rs.getObject("publish_date", LocalDate.class),
                        rs.getString("raw_channel"), rs.getString("raw_category"), rs.getString("doc_no"),
                        rs.getString("index_no"), rs.getString("url")), id);
    }

    /** The figures an item counts in, by year: an item counts in the year of its date. */
    public record Counted(int year, String figure) {}

    List<Counted> figuresOf(long id) {
        return jdbc.query("SELECT year, figure FROM v_figure_items WHERE item_id = ? ORDER BY year, figure",
                        (rs, n) -> new Counted(rs.getInt("year"), rs.getString("figure")), id).stream()
                .sorted(java.util.Comparator.comparing((Counted c) -> c.year())
                        .thenComparing(c -> FIGURES.indexOf(c.figure())))
                .toList();
    }

    /** The year's requests (few: the sample has 5), each with its rows. */
    List<Request> requests(int year) {
        Map<String, List<RequestRow>> byKey = new LinkedHashMap<>();
        jdbc.query("""
                SELECT request_key, file, sheet, row, department, request_no, received_date, applicant_type, outcome
                  FROM v_request_sources WHERE year = ? ORDER BY request_key, received_date, file, sheet, row""",
                rs -> {
                    byKey.computeIfAbsent(rs.getString("request_key"), k -> new ArrayList<>())
                            .add(new RequestRow(rs.getString("file"), rs.getString("sheet"), rs.getInt("row"),
                                    rs.getString("department"), rs.getString("request_no"),
                                    rs.getObject("received_date", LocalDate.class), rs.getString("applicant_type"),
                                    rs.getString("outcome")));
                }, year);
        return byKey.entrySet().stream().map(e -> new Request(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static final RowMapper<Item> ITEM = (rs, n) -> new Item(rs.getLong("item_id"), rs.getString("title"),
            rs.getObject("publish_date", LocalDate.class), texts(rs.getArray("channels")),
            texts(rs.getArray("categories")), texts(rs.getArray("departments")), rs.getInt("row_count"));

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
