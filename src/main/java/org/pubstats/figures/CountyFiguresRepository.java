package org.pubstats.figures;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes and reads the county row. Items are counted once (相同信息计1条) by their merged publish
 * date; requests once per request key, by the date their first row says they were received
 * ({@code counted_request}). The row of a year and the row of any stretch of days (a period to its end,
 * {@link #between}) are one query.
 */
public class CountyFiguresRepository {

    /**
     * The county row over the items published, and the requests first received, from one day to another (both
     * included). Four parameters: first day, last day (for the requests), first day, last day (for the items).
     */
    private static final String ROW_BETWEEN = """
            SELECT count(*) FILTER (WHERE %s) AS website,
                   count(*) FILTER (WHERE %s) AS other_channels,
                   count(*) FILTER (WHERE '规范性文件' = ANY (categories)) AS normative_documents,
                   count(*) FILTER (WHERE '试点领域' = ANY (categories)) AS pilot_areas,
                   count(*) FILTER (WHERE '重点领域' = ANY (categories)) AS key_areas,
                   count(*) FILTER (WHERE '在线调查' = ANY (categories)) AS online_surveys,
                   (SELECT count(*) FROM counted_request WHERE first_received BETWEEN ?::date AND ?::date) AS requests,
                   count(*) AS distinct_items,
                   count(*) FILTER (WHERE '政策解读' = ANY (categories)) AS policy_interpretations
              FROM item
             WHERE publish_date BETWEEN ?::date AND ?::date""";

    private final JdbcTemplate jdbc;
    private final String rowBetween;

    public CountyFiguresRepository(JdbcTemplate jdbc, ChannelSplit channels) {
        this.jdbc = jdbc;
        this.rowBetween = ROW_BETWEEN.formatted(channels.website("channels"), channels.other("channels"));
    }

    /** The year's row, 1 January to 31 December, stored in {@code county_figures}. */
    public CountyFigures compute(int year, long runId) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        jdbc.update("""
                INSERT INTO county_figures (year, run_id, computed_at, website, other_channels, normative_documents,
                    pilot_areas, key_areas, online_surveys, requests, distinct_items, policy_interpretations)
                SELECT ?, ?, now(), website, other_channels, normative_documents, pilot_areas, key_areas,
                       online_surveys, requests, distinct_items, policy_interpretations
                  FROM (%s) r
                ON CONFLICT (year) DO UPDATE SET
                    run_id = EXCLUDED.run_id, computed_at = EXCLUDED.computed_at, website = EXCLUDED.website,
                    other_channels = EXCLUDED.other_channels, normative_documents = EXCLUDED.normative_documents,
                    pilot_areas = EXCLUDED.pilot_areas, key_areas = EXCLUDED.key_areas,
                    online_surveys = EXCLUDED.online_surveys, requests = EXCLUDED.requests,
                    distinct_items = EXCLUDED.distinct_items, policy_interpretations = EXCLUDED.policy_interpretations"""
                        .formatted(rowBetween),
                year, runId, first, last, first, last);
        return find(year).orElseThrow();
    }

    /**
     * The county row over {@code first} to {@code last} (both included, within one year), computed now and not
     * stored: with the year's rules, so from 1 January to a period's end it is the period's figures to date.
     */
    public CountyFigures between(LocalDate first, LocalDate last) {
        if (first.getYear() != last.getYear() || first.isAfter(last)) {
            throw new IllegalArgumentException("not a stretch of days within one year: " + first + " to " + last);
        }
        return jdbc.queryForObject(rowBetween, (rs, n) -> new CountyFigures(first.getYear(), rs.getInt("website"),
                rs.getInt("other_channels"), rs.getInt("normative_documents"), rs.getInt("pilot_areas"),
                rs.getInt("key_areas"), rs.getInt("online_surveys"), rs.getInt("requests"),
                rs.getInt("distinct_items"), rs.getInt("policy_interpretations")), first, last, first, last);
    }

    public boolean hasItems(int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM item WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31))",
                Boolean.class, year, year));
    }

    public Optional<CountyFigures> find(int year) {
        return jdbc.query("SELECT * FROM county_figures WHERE year = ?", (rs, n) -> new CountyFigures(
                rs.getInt("year"), rs.getInt("website"), rs.getInt("other_channels"), rs.getInt("normative_documents"),
                rs.getInt("pilot_areas"), rs.getInt("key_areas"), rs.getInt("online_surveys"), rs.getInt("requests"),
                rs.getInt("distinct_items"), rs.getInt("policy_interpretations")), year).stream().findFirst();
    }
}
