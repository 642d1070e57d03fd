package org.pubstats.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of design.md §5 as match keys, in one place: each rule gives a row at most one key, and rows
 * that share a key are the same information when at least one of them <em>binds</em> by it. A key is
 * a 64-bit hash of the rule's tag and text ({@code hashtextextended}): titles, URLs and numbers have
 * no length limit, and 64 bits keep a million-row table small (two different keys of ten million
 * rows share a hash with odds of about 1 in 50,000).
 * <p>
 * Another rule is one more line in {@link #RULES}; a changed list changes {@link #fingerprint}, and
 * the next run recomputes every item with it.
 */
final class DedupKeys {

    /**
     * One rule: rows where {@code when} holds get the key {@code tag:text}; they bind by it where
     * {@code binds} holds. Expressions are SQL over an item_row {@code r}.
     */
    record Rule(String tag, String text, String when, String binds) {

        String select(String rows) {
            return "SELECT r.id AS row_id, hashtextextended('" + tag + ":' || " + text + ", 0) AS k, " + binds
                    + " AS binds FROM " + rows + " r WHERE " + when;
        }
    }

    static final List<Rule> RULES = List.of(
            // 1. the same index number
            new Rule("i", "r.index_no_norm", "r.index_no_norm IS NOT NULL", "true"),
            // 2. the same URL
            new Rule("u", "r.url_norm", "r.url_norm IS NOT NULL", "true"),
            // 4. the same title and the same document number, whatever the dates (a batch re-published months
            //    later is one document); it covers rule 3 for rows that both carry a number
            new Rule("n", "r.title_norm || '|' || r.doc_no_norm", "r.doc_no_norm IS NOT NULL", "true"),
            // 3. the same title and date, one of them without a number: it joins every row of its title and date
            new Rule("g", "r.title_norm || '|' || r.publish_date", "true", "r.doc_no_norm IS NULL"));

    /** Rows of the office's confirmed merges (合并) bind by a key of their decision (see {@link DecisionSides}). */
    private static final String MERGE_RULE = "SELECT r.id, hashtextextended('o:' || abs(s.tag), 0), true FROM %s r"
            + " JOIN " + DecisionSides.TABLE + " s ON s.verdict = 'MERGE' AND " + DecisionSides.MATCH;

    private DedupKeys() {
    }

    /** A query of {@code (row_id, k, binds)}: every key of the item rows of {@code rows} (a table, view or subquery). */
    static String of(String rows) {
        return RULES.stream().map(rule -> rule.select(rows)).collect(Collectors.joining("\nUNION ALL "))
                + "\nUNION ALL " + MERGE_RULE.formatted(rows);
    }

    /**
     * What the stored keys and items depend on: the rules, the office's decisions, and the database's hash function
     * (the same on one server, but a restore elsewhere might differ).
     */
    static String fingerprint(DedupOverrides overrides, long hashProbe) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(of("rows").getBytes(StandardCharsets.UTF_8));
            for (DedupOverrides.Decision decision : overrides.decisions()) { // 分开 cuts merges: it changes items too
                digest.update((decision.verdict() + "\u0000" + decision.a() + "\u0000" + decision.b() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            digest.update(Long.toString(hashProbe).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Probed at every run: a different answer means the stored keys no longer match freshly computed ones. */
    static final String HASH_PROBE = "SELECT hashtextextended('pubstats dedup probe: 相同信息计1条', 0)";
}
