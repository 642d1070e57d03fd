package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pubstats.intake.DepartmentForm;
import org.pubstats.jobsdir.DepartmentRoster;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The year's department forms at a glance: every returned form, the county's Tables 二 and 四 as their sum, the
 * departments that have not returned theirs (those of {@code jobs/departments.csv}, or without it those the warehouse
 * knows for the year), and the forms whose Table 四 breaks its rule.
 *
 * @param expected the departments that should return a form, in the roster's order (then any other that did)
 * @param fromRoster whether {@code expected} is the roster
 */
record FormsOverview(int year, List<DepartmentForms> returned, DepartmentForms county, List<String> expected,
                     List<String> missing, boolean fromRoster) {

    static final String COUNTY = "全县合计";

    static FormsOverview load(JdbcTemplate jdbc, int year, Path jobsDir) {
        List<DepartmentForms> returned = DepartmentForm.hasForm(year) ? DepartmentForms.forYear(jdbc, year) : List.of();
        List<String> roster = DepartmentRoster.names(jobsDir).orElse(null);
        List<String> known = roster != null ? roster : DepartmentFormFiles.departmentsOfYear(jdbc, year);
        Set<String> expected = new LinkedHashSet<>(known);
        Set<String> got = new LinkedHashSet<>();
        returned.forEach(f -> got.add(f.department()));
        List<String> missing = new ArrayList<>();
        for (String department : expected) {
            if (!got.contains(department)) {
                missing.add(department);
            }
        }
        expected.addAll(got);
        return new FormsOverview(year, returned, DepartmentForms.sum(COUNTY, year, returned), List.copyOf(expected),
                missing, roster != null);
    }

    boolean any() {
        return !returned.isEmpty();
    }

    DepartmentForms of(String department) {
        return returned.stream().filter(f -> f.department().equals(department)).findFirst().orElse(null);
    }

    /** The forms whose Table 四 breaks 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, with their problems. */
    List<DepartmentForms> broken() {
        return returned.stream().filter(f -> !f.tableFourProblems().isEmpty()).toList();
    }
}
