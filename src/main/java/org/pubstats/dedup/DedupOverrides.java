package org.pubstats.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pubstats.normalise.DateParser;
import org.pubstats.normalise.KeyNormaliser;

/**
 * The office's decisions on probable duplicates, from {@code jobs/dedup-overrides.csv}:
 * {@code 决定,标题A,日期A,标题B,日期B[,备注]} where 决定 is 合并 (the same information: merge) or 分开
 * (different information: keep apart and stop listing the pair). Sides are matched by normalised
 * title and publish date, so a decision survives edits that move rows around.
 */
public record DedupOverrides(List<Decision> decisions) {

    public enum Verdict { MERGE, KEEP_APART }

    public record Side(String titleNorm, LocalDate date) {}

    public record Decision(Verdict verdict, Side a, Side b) {

        boolean covers(Side x, Side y) {
            return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
        }
    }

    public static DedupOverrides load(Path file) {
        if (!Files.exists(file)) {
            return new DedupOverrides(List.of());
        }
        try {
            List<Decision> decisions = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line.replace("\uFEFF", "")).ifPresent(decisions::add);
            }
            return new DedupOverrides(List.copyOf(decisions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Optional<Decision> parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        String[] parts = trimmed.split(",", -1);
        if (parts.length < 5) {
            return Optional.empty();
        }
        Verdict verdict = switch (parts[0].strip().toLowerCase(java.util.Locale.ROOT)) {
            case "合并", "merge" -> Verdict.MERGE;
            case "分开", "keep-apart", "keep apart" -> Verdict.KEEP_APART;
            default -> null;
        };
        Optional<Side> a = side(parts[1], parts[2]);
        Optional<Side> b = side(parts[3], parts[4]);
        if (verdict == null || a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(verdict, a.get(), b.get()));
    }

    private static Optional<Side> side(String title, String date) {
        String norm = KeyNormaliser.title(title);
        return norm == null ? Optional.empty() : DateParser.parse(date).map(d -> new Side(norm, d));
    }

    public List<Decision> merges() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.MERGE).toList();
    }

    public boolean decided(Side x, Side y) {
        return decisions.stream().anyMatch(d -> d.covers(x, y));
    }
}
