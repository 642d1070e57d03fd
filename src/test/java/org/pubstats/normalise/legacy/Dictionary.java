package org.pubstats.normalise.legacy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the values departments write (微信公众号, 土地 …) to canonical values (政务微信,
 * 公共资源配置 …), from a plain file the office edits (design.md §2.3): {@code value,canonical[,parent]}
 * lines, # comments, an optional header line starting with {@code value}. A canonical value and
 * a parent are always recognised by their own names; a parent (重点领域 for 土地) is implied.
 * Matching ignores case, white space and full-width forms. When a value is listed twice, the
 * earlier line wins.
 */
public final class Dictionary {

    private final Map<String, String> canonicalByKey;
    private final Map<String, String> parentByCanonical;

    private Dictionary(Map<String, String> canonicalByKey, Map<String, String> parentByCanonical) {
        this.canonicalByKey = canonicalByKey;
        this.parentByCanonical = parentByCanonical;
    }

    public static Dictionary load(Path file) {
        return parse(OfficeTextFile.readLines(file));
    }

    public static Dictionary parse(List<String> lines) {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(trimmed);
            if (fields.size() < 2 || fields.get(1).isEmpty() || fields.get(0).equalsIgnoreCase("value")) {
                continue;
            }
            String value = fields.get(0);
            String target = fields.get(1);
            canonical.putIfAbsent(key(target), target);
            if (!value.isEmpty()) {
                canonical.putIfAbsent(key(value), target);
            }
            if (fields.size() > 2 && !fields.get(2).isEmpty()) {
                String parent = fields.get(2);
                parents.putIfAbsent(target, parent);
                canonical.putIfAbsent(key(parent), parent);
            }
        }
        return new Dictionary(Map.copyOf(canonical), Map.copyOf(parents));
    }

    /** Comma-separated fields, each stripped of white space and of the quotes Excel adds. */
    private static List<String> fields(String line) {
        return Arrays.stream(line.split(",", -1))
                .map(String::strip)
                .map(field -> field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                        ? field.substring(1, field.length() - 1).strip()
                        : field)
                .toList();
    }

    private static String key(String value) {
        return WhiteSpace.removeAll(Normalizer.normalize(value, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    /**
     * The canonical value followed by its parents (土地 → 公共资源配置, 重点领域), or empty when the
     * dictionary does not know the value (or it is blank).
     */
    public Optional<Set<String>> lookup(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String target = canonicalByKey.get(key(value));
        if (target == null) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String v = target; v != null && values.add(v); v = parentByCanonical.get(v)) {
            // walk up the parents; add() returning false stops a cycle an edit may have created
        }
        return Optional.of(Collections.unmodifiableSet(values));
    }
}
