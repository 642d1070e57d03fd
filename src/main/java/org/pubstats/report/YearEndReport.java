package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.report.YearEndData.DepartmentLine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The year-end outputs, read from the warehouse only: county-report-YYYY.xlsx, annual-report-YYYY.docx
 * and feedback/&lt;department&gt;-YYYY.xlsx for every department that has something to correct.
 */
@Component
public class YearEndReport {

    private final YearEndQueries queries;
    private final String countyName;

    public YearEndReport(JdbcTemplate jdbc, CountyFiguresRepository figures,
                         @Value("${pubstats.county-name:本县}") String countyName) {
        this.queries = new YearEndQueries(jdbc, figures);
        this.countyName = countyName;
    }

    /** Writes the year's files into {@code outDir} (each atomically) and returns them, county workbook first. */
    public List<Path> write(int year, Path outDir) {
        YearEndData data = queries.load(year, countyName);
        List<Path> written = new ArrayList<>();
        written.add(CountyWorkbook.write(data, outDir.resolve("county-report-" + year + ".xlsx")));
        written.add(AnnualReportDocument.write(data, outDir.resolve("annual-report-" + year + ".docx")));
        Set<String> usedNames = new HashSet<>();
        for (DepartmentLine line : data.departments()) {
            if (FeedbackWorkbook.needed(data, line.department())) {
                String name = unique(SafeFileName.of(line.department()), usedNames);
                written.add(FeedbackWorkbook.write(data, line.department(), outDir.resolve("feedback").resolve(name + "-" + year + ".xlsx")));
            }
        }
        return written;
    }

    /** Two departments whose names sanitise alike ("a/b", "a:b") must not overwrite each other's file. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
