package org.pubstats.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the values departments write (微信公众号, 土地 …) to canonical values (政务微信,
 * 公共资源配置 …), from a plain file the office edits: {@code value,canonical[,parent]} lines.
 * A canonical value is always recognised by its own name; a parent (重点领域 for 土地) is implied.
 */
public final class Dictionary {

    private final Map<String, String> canonicalByValue;
    private final Map<String, String> parentByCanonical;

    private Dictionary(Map<String, String> canonicalByValue, Map<String, String> parentByCanonical) {
        this.canonicalByValue = canonicalByValue;
        this.parentByCanonical = parentByCanonical;
    }

    public static Dictionary load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    static Dictionary parse(List<String> lines) {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("value,")) {
                continue;
            }
            String[] parts = trimmed.split(",", -1);
            if (parts.length < 2 || parts[1].isBlank()) {
                continue;
            }
            String target = parts[1].strip();
            canonical.putIfAbsent(key(parts[0]), target);
            canonical.putIfAbsent(key(target), target);
            if (parts.length > 2 && !parts[2].isBlank()) {
                String parent = parts[2].strip();
                parents.putIfAbsent(target, parent);
                canonical.putIfAbsent(key(parent), parent);
            }
        }
        return new Dictionary(canonical, parents);
    }

    private static String key(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** The canonical value and its parents, or empty when the dictionary does not know the value. */
    public Optional<Set<String>> lookup(String value) {
        String target = canonicalByValue.get(key(value));
        if (target == null) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String v = target; v != null && values.add(v); v = parentByCanonical.get(v)) {
            // walk up: 土地 → 公共资源配置 → 重点领域
        }
        return Optional.of(values);
    }
}
