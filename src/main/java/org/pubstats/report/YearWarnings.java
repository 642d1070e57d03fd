package org.pubstats.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
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
    private final CountyFiguresRepository figures;

    public YearWarnings(JdbcTemplate jdbc, CountyFiguresRepository figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    public List<String> of(int year, String scope) {
        List<String> warnings = new ArrayList<>();
        Optional<Integer> now = figures.find(year).map(CountyFigures::distinctItems);
        Optional<Integer> before = YearEndQueries.wasRun(jdbc, year - 1)
                ? figures.find(year - 1).map(CountyFigures::distinctItems) : Optional.empty();
        if (now.isPresent() && before.isPresent() && now.get() < FAR_FEWER * before.get()) {
            warnings.add("注意：" + year + "年信息总数 " + now.get() + " 条，不到" + (year - 1) + "年（" + before.get()
                    + " 条）的一半。是否有部门尚未报送，或收件箱没有复制完整？");
        }
        // The inbox's rows by year, in one scan: the busiest year and the run's own.
        Map<Integer, Long> rowsByYear = new HashMap<>();
        jdbc.query("""
                SELECT extract(year FROM r.publish_date)::int AS year, count(*) AS n
                  FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active' AND f.scope = ?
                 GROUP BY 1""", rs -> {
            rowsByYear.put(rs.getInt("year"), rs.getLong("n"));
        }, scope);
        Optional<Map.Entry<Integer, Long>> busiest = rowsByYear.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        if (busiest.isPresent()) {
            int busiestYear = busiest.get().getKey();
            long busiestRows = busiest.get().getValue();
            long rowsOfYear = rowsByYear.getOrDefault(year, 0L);
            if (busiestYear != year && rowsOfYear < FAR_FEWER * busiestRows) {
                warnings.add("注意：收件箱 " + scope + " 中的信息大多发布于" + busiestYear + "年（" + busiestRows + " 行），"
                        + year + "年只有 " + rowsOfYear + " 行。统计年度是否选错？（--year " + busiestYear + "）");
            }
        }
        return warnings;
    }
}
