package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pubstats.figures.BreakdownFigures;
import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * period-report-&lt;period&gt;.xlsx for a month, quarter or half year, from the warehouse only: the county row
 * from 1 January to the period's end (the year's rules, {@link CountyFiguresRepository#between}), the period's own
 * items by department and month, and the departments with none. Items count by their merged publish date (§5);
 * a department's items are those of the rows it reported, as in the year's 各部门 sheet.
 */
@Component
public class PeriodReport {

    private final JdbcTemplate jdbc;
    private final CountyFiguresRepository figures;
    private final String countyName;

    public PeriodReport(JdbcTemplate jdbc, CountyFiguresRepository figures,
                        @Value("${pubstats.county-name:本县}") String countyName) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.countyName = countyName;
    }

    /** Writes {@code period-report-<period>.xlsx} into {@code outDir} (atomically) and returns it. */
    public Path write(Period period, Path outDir) {
        PeriodData data = load(period);
        Path file = outDir.toAbsolutePath().normalize().resolve("period-report-" + period.code() + ".xlsx");
        return PeriodWorkbook.write(data, file);
    }

    PeriodData load(Period period) {
        int year = period.year();
        if (!figures.hasItems(year)) {
            throw new IllegalStateException("数据库中没有" + year + "年的信息，请先运行 run --year " + year);
        }
        CountyFigures toDate = figures.between(java.time.LocalDate.of(year, 1, 1), period.end());
        int first = period.firstMonth();
        int months = period.lastMonth() - first + 1;
        Map<String, int[]> byDepartment = new LinkedHashMap<>();
        jdbc.query("""
                SELECT ir.department, extract(month FROM i.publish_date)::int AS month, count(DISTINCT i.id) AS items
                  FROM active_item_row ir
                  JOIN item_member m ON m.row_id = ir.id
                  JOIN item i ON i.id = m.item_id
                 WHERE i.publish_date BETWEEN ?::date AND ?::date
                 GROUP BY 1, 2
                 ORDER BY 1, 2""", rs -> {
            byDepartment.computeIfAbsent(rs.getString("department"), d -> new int[months])
                    [rs.getInt("month") - first] = rs.getInt("items");
        }, period.start(), period.end());
        int[] county = new int[months];
        jdbc.query("""
                SELECT extract(month FROM publish_date)::int AS month, count(*) AS items
                  FROM item WHERE publish_date BETWEEN ?::date AND ?::date GROUP BY 1""",
                rs -> {
                    county[rs.getInt("month") - first] = rs.getInt("items");
                }, period.start(), period.end());
        List<PeriodData.DepartmentMonths> departments = new ArrayList<>();
        byDepartment.forEach((department, counts) -> departments.add(new PeriodData.DepartmentMonths(department, counts)));
        List<String> withoutItems = jdbc.queryForList(
                "SELECT department FROM (" + BreakdownFigures.DEPARTMENTS + ") d ORDER BY department", String.class)
                .stream().filter(d -> !byDepartment.containsKey(d)).toList();
        return new PeriodData(period, countyName, toDate, departments, county, withoutItems);
    }
}
