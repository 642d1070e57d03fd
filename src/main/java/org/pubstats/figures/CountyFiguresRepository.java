package org.pubstats.figures;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes and reads the county row. Items are counted once (相同信息计1条) by their merged publish
 * date; requests once per request key, in the year their first row says they were received
 * ({@code counted_request}).
 */
public class CountyFiguresRepository {

    private final JdbcTemplate jdbc;
    private final ChannelSplit channels;

    public CountyFiguresRepository(JdbcTemplate jdbc, ChannelSplit channels) {
        this.jdbc = jdbc;
        this.channels = channels;
    }

    public CountyFigures compute(int year, long runId) {
        jdbc.update("""
                INSERT INTO county_figures (year, run_id, computed_at, website, other_channels, normative_documents,
                    pilot_areas, key_areas, online_surveys, requests, distinct_items, policy_interpretations)
                SELECT ?, ?, now(),
                       count(*) FILTER (WHERE %s),
                       count(*) FILTER (WHERE %s),
                       count(*) FILTER (WHERE '规范性文件' = ANY (categories)),
                       count(*) FILTER (WHERE '试点领域' = ANY (categories)),
                       count(*) FILTER (WHERE '重点领域' = ANY (categories)),
                       count(*) FILTER (WHERE '在线调查' = ANY (categories)),
                       (SELECT count(*) FROM counted_request WHERE year = ?),
                       count(*),
                       count(*) FILTER (WHERE '政策解读' = ANY (categories))
                  FROM item
                 WHERE publish_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                ON CONFLICT (year) DO UPDATE SET
                    run_id = EXCLUDED.run_id, computed_at = EXCLUDED.computed_at, website = EXCLUDED.website,
                    other_channels = EXCLUDED.other_channels, normative_documents = EXCLUDED.normative_documents,
                    pilot_areas = EXCLUDED.pilot_areas, key_areas = EXCLUDED.key_areas,
                    online_surveys = EXCLUDED.online_surveys, requests = EXCLUDED.requests,
                    distinct_items = EXCLUDED.distinct_items, policy_interpretations = EXCLUDED.policy_interpretations"""
                        .formatted(channels.website("channels"), channels.other("channels")),
                year, runId, year, year, year);
        return find(year).orElseThrow();
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
