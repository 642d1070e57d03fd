package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pubstats.jobsdir.DepartmentRoster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ./pubstats forms}: one fill-in form per department ({@link DepartmentFormWorkbook}) — the departments of
 * {@code jobs/departments.csv} where it exists, else those the warehouse knows for the year.
 */
@Component
public class DepartmentFormFiles {

    private final JdbcTemplate jdbc;
    private final Path jobsDir;

    public DepartmentFormFiles(JdbcTemplate jdbc, @Value("${pubstats.jobs-dir:jobs}") Path jobsDir) {
        this.jdbc = jdbc;
        this.jobsDir = jobsDir;
    }

    /** The departments that get a form: the roster, or the year's departments in the warehouse. */
    public List<String> departments(int year) {
        return DepartmentRoster.names(jobsDir).orElseGet(() -> departmentsOfYear(jdbc, year));
    }

    /** Without a roster: the departments the warehouse knows for the year, by name. */
    static List<String> departmentsOfYear(JdbcTemplate jdbc, int year) {
        return jdbc.queryForList("SELECT department FROM department_figures WHERE year = ? ORDER BY department",
                String.class, year);
    }

    /** Writes the forms into {@code outDir}; an empty list when there is no department to write for. */
    public List<Path> write(int year, Path outDir) {
        return write(departments(year), year, outDir);
    }

    public static List<Path> write(List<String> departments, int year, Path outDir) {
        List<Path> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String department : departments) {
            String name = DepartmentFormWorkbook.fileName(department, year);
            String unique = name;
            for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name.replace(".xlsx", "_" + n + ".xlsx");
            }
            files.add(DepartmentFormWorkbook.write(department, year, outDir.resolve(unique)));
        }
        return files;
    }
}
