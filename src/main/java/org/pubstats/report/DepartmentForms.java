package org.pubstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pubstats.intake.DepartmentForm;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One department's Tables 二 and 四 for a year, as its returned form (表二、表四填报表) gives them — or the county's,
 * the sum of all departments' forms ({@link #sum}). Figures left blank on the form are absent ({@link #value} empty)
 * and count as 0 in sums and checks. Read from {@code counted_form_figure}: per department and year the latest
 * active form.
 *
 * @param file the returned form's path in the inbox; empty for a sum
 * @param values the filled figures by code ({@link DepartmentForm.Figure#code()})
 */
public record DepartmentForms(String department, int year, String file, Map<String, BigDecimal> values) {

    public DepartmentForms {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A figure as filled in; empty when it was left blank. */
    public Optional<BigDecimal> value(String code) {
        return Optional.ofNullable(values.get(code));
    }

    /** A figure, 0 when left blank. */
    public BigDecimal valueOrZero(String code) {
        return values.getOrDefault(code, BigDecimal.ZERO);
    }

    /** How many of the year's figures were left blank. */
    public int unfilled() {
        return (int) DepartmentForm.figures(year).stream().filter(f -> !values.containsKey(f.code())).count();
    }

    /**
     * Table 四's rule, per block (行政复议 and the two kinds of 行政诉讼): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
     * One sentence with the numbers for each block that breaks it; empty when all hold (blank counts as 0).
     */
    public List<String> tableFourProblems() {
        List<String> problems = new ArrayList<>();
        List<String> results = DepartmentForm.TABLE_FOUR_RESULTS;
        for (int b = 0; b < DepartmentForm.TABLE_FOUR_BLOCKS.size(); b++) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < results.size() - 1; r++) {
                BigDecimal v = valueOrZero(DepartmentForm.tableFourCode(b, r));
                sum = sum.add(v);
                parts.add(results.get(r) + " " + plain(v));
            }
            BigDecimal total = valueOrZero(DepartmentForm.tableFourCode(b, results.size() - 1));
            if (total.compareTo(sum) != 0) {
                problems.add(DepartmentForm.TABLE_FOUR_BLOCKS.get(b) + "：总计 " + plain(total) + " ≠ "
                        + String.join(" + ", parts) + " = " + plain(sum));
            }
        }
        return problems;
    }

    /** A figure as the office writes it: 5, not 5.00. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The sum of the forms, figure by figure (a figure no form filled is absent). */
    public static DepartmentForms sum(String label, int year, List<DepartmentForms> forms) {
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        for (DepartmentForm.Figure f : DepartmentForm.figures(year)) {
            for (DepartmentForms form : forms) {
                form.value(f.code()).ifPresent(v -> total.merge(f.code(), v, BigDecimal::add));
            }
        }
        return new DepartmentForms(label, year, "", total);
    }

    /** Every department's counted form of the year, by department name. */
    public static List<DepartmentForms> forYear(JdbcTemplate jdbc, int year) {
        Map<String, String> files = new LinkedHashMap<>();
        jdbc.query("SELECT department, rel_path FROM counted_form WHERE year = ? ORDER BY department",
                rs -> {
                    files.put(rs.getString("department"), rs.getString("rel_path"));
                }, year);
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        jdbc.query("SELECT department, code, value FROM counted_form_figure WHERE year = ?",
                rs -> {
                    values.computeIfAbsent(rs.getString("department"), d -> new LinkedHashMap<>())
                            .put(rs.getString("code"), rs.getBigDecimal("value"));
                }, year);
        List<DepartmentForms> out = new ArrayList<>();
        files.forEach((department, file) -> out.add(new DepartmentForms(department, year, file,
                values.getOrDefault(department, Map.of()))));
        return out;
    }
}
