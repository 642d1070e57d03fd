package org.pubstats.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether this run's review pass compares every item or only those the run's dedup changed (V14
 * {@code review_state}). Only the changed items is enough when the list was computed right after the
 * dedup before this one, with the same settings and office decisions, and this dedup was incremental:
 * the pairs of two unchanged items are then as they were, but for the weights of their bigrams, which
 * move a little as other rows come and go and are brought up to date by the next full pass.
 */
final class ReviewScope {

    /** Changed when the pass itself changes, so that a new version starts with a full pass. */
    private static final String PASS_VERSION = "review pass 3 (reasons, 同题异日 chains, leading unit names)";

    sealed interface Plan permits Full, Incremental {}

    record Full(String reason) implements Plan {}

    record Incremental(long changedItems) implements Plan {}

    private final JdbcTemplate jdbc;

    ReviewScope(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the list depends on besides the items: the settings and every decision of the office. */
    static String fingerprint(ReviewRules rules, DedupOverrides overrides) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((PASS_VERSION + "\n" + rules + "\n").getBytes(StandardCharsets.UTF_8));
            for (DedupOverrides.Decision decision : overrides.decisions()) {
                digest.update((decision + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Plan plan(long runId, String fingerprint) {
        List<Map<String, Object>> state = jdbc.queryForList("SELECT run_id, fingerprint FROM review_state");
        if (state.isEmpty()) {
            return new Full("没有上次核查清单的记录");
        }
        if (!fingerprint.equals(state.get(0).get("fingerprint"))) {
            return new Full("核查设置或办公室的决定有变化");
        }
        List<Map<String, Object>> dedup = jdbc.queryForList(
                "SELECT mode, all_changed, changed_items FROM dedup_run WHERE run_id = ?", runId);
        if (dedup.isEmpty()) {
            return new Full("本次运行没有去重记录");
        }
        if (!"incremental".equals(dedup.get(0).get("mode")) || Boolean.TRUE.equals(dedup.get(0).get("all_changed"))) {
            return new Full("去重全量重算");
        }
        Long previous = jdbc.queryForObject("SELECT max(run_id) FROM dedup_run WHERE run_id < ?", Long.class, runId);
        if (previous == null || previous != ((Number) state.get(0).get("run_id")).longValue()) {
            return new Full("上次核查清单不是在上次去重之后生成的");
        }
        return new Incremental(((Number) dedup.get(0).get("changed_items")).longValue());
    }

    void remember(long runId, String fingerprint, Plan plan) {
        jdbc.update("""
                INSERT INTO review_state (run_id, fingerprint, mode) VALUES (?, ?, ?)
                ON CONFLICT (one) DO UPDATE SET run_id = excluded.run_id, fingerprint = excluded.fingerprint,
                       mode = excluded.mode, computed_at = now()""",
                runId, fingerprint, plan instanceof Full ? "full" : "incremental");
    }
}
