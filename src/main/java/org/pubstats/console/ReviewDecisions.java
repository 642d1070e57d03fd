package org.pubstats.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.pubstats.dedup.DedupOverrides;
import org.pubstats.job.PubstatsSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 疑似重复: the review list's pairs side by side, each with the office's decision on it if the run's decisions have
 * one ({@code jobs/dedup-overrides.csv} and the saved review workbook {@code jobs/review-decisions.xlsx}, read as the
 * run reads them); deciding writes a line into the overrides file, undoing removes that file's lines of the
 * decision. A decision saved in the workbook is shown, and is undone in the workbook. The next run applies them.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ReviewDecisions {

    /** One side of a pair: a row of the item, where it came from. */
    public record Side(String title, LocalDate date, String docNo, String department, String file, String sheet,
                       Integer row) {}

    /**
     * A pair, and the decision on it ("合并", "分开", or null while undecided); {@code inWorkbook} when it was saved in
     * the review workbook, not made here (then it is undone there).
     */
    public record Pair(long itemA, long itemB, double similarity, String reason, Side a, Side b, String decision,
                       boolean inWorkbook) {}

    private static final String PAIRS = """
            SELECT item_a, item_b, similarity, reason, title_a, date_a, doc_no_a, department_a, file_a, sheet_a, row_a,
                   title_b, date_b, doc_no_b, department_b, file_b, sheet_b, row_b
              FROM v_review_pairs
             WHERE (date_a BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                 OR date_b BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31))""";

    private final JdbcTemplate jdbc;
    private final PubstatsSettings settings;
    /** All the office's decisions, as the run reads them. */
    private final Supplier<DedupOverrides> officeDecisions;

    ReviewDecisions(JdbcTemplate jdbc, PubstatsSettings settings, Supplier<DedupOverrides> officeDecisions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.officeDecisions = officeDecisions;
    }

    OverridesFile file() {
        return new OverridesFile(settings.overridesFile());
    }

    List<Pair> pairs(int year) {
        DedupOverrides all = officeDecisions.get();
        String typed = settings.overridesFile().toString(); // where a decision of the overrides file says it is from
        return jdbc.query(PAIRS + " ORDER BY similarity DESC, item_a, item_b", (rs, n) -> {
            Side a = side(rs, "a");
            Side b = side(rs, "b");
            Optional<DedupOverrides.Decision> decision = decision(all, a, b);
            return new Pair(rs.getLong("item_a"), rs.getLong("item_b"), rs.getDouble("similarity"), rs.getString("reason"),
                    a, b, decision.map(d -> d.verdict() == DedupOverrides.Verdict.MERGE ? "合并" : "分开").orElse(null),
                    decision.isPresent() && !decision.get().source().file().equals(typed));
        }, year, year, year, year);
    }

    Optional<Pair> pair(int year, long itemA, long itemB) {
        return pairs(year).stream().filter(p -> p.itemA() == itemA && p.itemB() == itemB).findFirst();
    }

    /** Writes the decision as a line of the overrides file, unless the pair is decided already. */
    void decide(Pair pair, boolean merge) {
        if (pair.decision() != null) {
            return;
        }
        file().append(merge ? "合并" : "分开", pair.a().title(), pair.a().date(), pair.b().title(), pair.b().date(),
                "控制台 " + LocalDateTime.now().withNano(0).toString().replace('T', ' '));
    }

    /** Removes every line of the overrides file that decides this pair. */
    void undo(Pair pair) {
        DedupOverrides overrides = DedupOverrides.load(settings.overridesFile());
        Set<Integer> lines = overrides.decisions().stream()
                .filter(d -> covers(d, pair.a(), pair.b()))
                .map(d -> d.source().line()).collect(Collectors.toSet());
        if (!lines.isEmpty()) {
            file().removeLines(lines);
        }
    }

    private static Optional<DedupOverrides.Decision> decision(DedupOverrides overrides, Side a, Side b) {
        return overrides.decisions().stream().filter(d -> covers(d, a, b)).findFirst();
    }

    /** Whether the decision names these two sides, matched as the run matches them (normalised title, date, 文号). */
    private static boolean covers(DedupOverrides.Decision decision, Side a, Side b) {
        DedupOverrides.Side x = DedupOverrides.Side.of(a.title(), a.date(), a.docNo());
        DedupOverrides.Side y = DedupOverrides.Side.of(b.title(), b.date(), b.docNo());
        return x != null && y != null && new DedupOverrides(List.of(decision)).decided(x, y);
    }

    private static Side side(java.sql.ResultSet rs, String which) throws java.sql.SQLException {
        return new Side(rs.getString("title_" + which), rs.getObject("date_" + which, LocalDate.class),
                rs.getString("doc_no_" + which), rs.getString("department_" + which), rs.getString("file_" + which),
                rs.getString("sheet_" + which), (Integer) rs.getObject("row_" + which));
    }
}
