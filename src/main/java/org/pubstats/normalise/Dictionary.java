package org.pubstats.normalise;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsLine;

/**
 * Maps the values departments write (微信公众号, 土地 …) to canonical values (政务微信,
 * 公共资源配置 …), from a plain file the office edits (design.md §2.3): {@code value,canonical[,parent]}
 * lines, read by {@link JobsFile}, an optional header line starting with {@code value}. A canonical
 * value and a parent are always recognised by their own names; a parent (重点领域 for 土地) is implied.
 * Matching ignores case, white space and full-width forms. When a value is listed twice, the
 * earlier line wins. A line without a canonical value is ignored (DictionaryTest holds it so).
 */
public final class Dictionary {

    /**
     * Distinct values looked up so far, with their answer: a county's cells repeat a few dozen
     * spellings, each looked up once. Bounded, so that junk in a column cannot grow it for ever;
     * concurrent, as files are read in parallel.
     */
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, String> canonicalByKey;
    private final Map<String, String> parentByCanonical;
    private final Map<String, Optional<Set<String>>> looked = new ConcurrentHashMap<>();

    private Dictionary(Map<String, String> canonicalByKey, Map<String, String> parentByCanonical) {
        this.canonicalByKey = canonicalByKey;
        this.parentByCanonical = parentByCanonical;
    }

    public static Dictionary load(Path file) {
        return parse(JobsFile.read(file));
    }

    static Dictionary parse(JobsFile file) {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (JobsLine line : file.lines()) {
            List<String> fields = line.fields();
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

    private static String key(String value) {
        return WhiteSpace.removeAll(Nfkc.of(value)).toLowerCase(Locale.ROOT);
    }

    /** The names the dictionary counts by (canonical values and parents), sorted: what a department may write. */
    public List<String> canonicalValues() {
        return new java.util.TreeSet<>(canonicalByKey.values()).stream().toList();
    }

    /**
     * The canonical value followed by its parents (土地 → 公共资源配置, 重点领域), or empty when the
     * dictionary does not know the value (or it is blank).
     */
    public Optional<Set<String>> lookup(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Set<String>> known = looked.get(value);
        if (known == null) {
            known = lookUp(value);
            if (looked.size() < MAX_REMEMBERED) {
                looked.put(value, known);
            }
        }
        return known;
    }

    private Optional<Set<String>> lookUp(String value) {
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
