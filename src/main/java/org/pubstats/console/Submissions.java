package org.pubstats.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pubstats.job.PubstatsSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 报送情况: for each department of the roster, and each department sending files without being on it, the year's
 * distinct items by month (a department's items are those of the rows in its files, by the item's date, as in the
 * period report), its last file, and the periods that have ended without any item from it. Departments with such
 * periods come first.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Submissions {

    /**
     * One department's line.
     *
     * @param frequency empty when the department is not on the roster
     * @param months    distinct items per month, January first
     * @param missed    the ended periods without an item, by name
     * @param missedMonths for each month, whether it lies in a missed period (the cells to mark)
     */
    public record Line(String department, String frequency, String contact, int[] months, String lastFile,
                OffsetDateTime lastFileAt, List<String> missed, boolean[] missedMonths, boolean onRoster) {

        public int total() {
            return java.util.Arrays.stream(months).sum();
        }

        public boolean missing() {
            return !missed.isEmpty();
        }
    }

    private record LastFile(String path, OffsetDateTime at) {}

    private final JdbcTemplate jdbc;
    private final PubstatsSettings settings;

    Submissions(JdbcTemplate jdbc, PubstatsSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Roster roster() {
        return Roster.read(settings.jobsDir());
    }

    /** The year's department forms (表二、表四填报表): returned, not returned, Table 四 not adding up; empty before 2019. */
    String forms(int year) {
        return org.pubstats.report.RunSummary.forms(jdbc, year, settings.jobsDir()).strip();
    }

    List<Line> of(int year, LocalDate today) {
        Roster roster = roster();
        Map<String, int[]> months = new HashMap<>();
        jdbc.query("""
                SELECT f.department, extract(month FROM i.publish_date)::int AS month, count(DISTINCT i.id) AS items
                  FROM active_item_row ir
                  JOIN source_file f ON f.id = ir.file_id
                  JOIN item_member m ON m.row_id = ir.id
                  JOIN item i ON i.id = m.item_id
                 WHERE i.publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 GROUP BY 1, 2""", rs -> {
            months.computeIfAbsent(rs.getString("department"), d -> new int[12])[rs.getInt("month") - 1] = rs.getInt("items");
        }, year, year);
        Map<String, LastFile> lastFiles = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (department) department, rel_path, loaded_at
                  FROM source_file WHERE status = 'active'
                 ORDER BY department, loaded_at DESC, rel_path""",
                rs -> {
                    lastFiles.put(rs.getString("department"),
                            new LastFile(rs.getString("rel_path"), rs.getObject("loaded_at", OffsetDateTime.class)));
                });
        List<Line> lines = new ArrayList<>();
        Set<String> rostered = new LinkedHashSet<>();
        for (Roster.Entry entry : roster.entries()) {
            rostered.add(entry.department());
            int[] counts = months.getOrDefault(entry.department(), new int[12]);
            List<String> missed = new ArrayList<>();
            boolean[] missedMonths = new boolean[12];
            for (Frequency.Period period : entry.frequency().endedPeriods(year, today)) {
                int items = 0;
                for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
                    items += counts[m - 1];
                }
                if (items == 0) {
                    missed.add(period.name());
                    for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
                        missedMonths[m - 1] = true;
                    }
                }
            }
            LastFile last = lastFiles.get(entry.department());
            lines.add(new Line(entry.department(), entry.frequency().label(), entry.contact(), counts,
                    last == null ? null : last.path(), last == null ? null : last.at(), missed, missedMonths, true));
        }
        Set<String> others = new TreeSet<>(lastFiles.keySet());
        others.removeAll(rostered);
        for (String department : others) {
            LastFile last = lastFiles.get(department);
            lines.add(new Line(department, "", "", months.getOrDefault(department, new int[12]), last.path(), last.at(),
                    List.of(), new boolean[12], false));
        }
        lines.sort(Comparator.comparing((Line l) -> !l.missing()).thenComparing(l -> !l.onRoster()));
        return lines;
    }
}
