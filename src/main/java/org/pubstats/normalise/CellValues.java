package org.pubstats.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A multi-valued cell (公开渠道, 信息类别) mapped through its dictionary: the canonical values in
 * order, 其他 for each value the dictionary does not know, and those values listed. A county's
 * cells repeat a few dozen texts, so each distinct text is mapped once and the answer (immutable)
 * handed out again; the memory of them is bounded and safe for parallel readers.
 */
final class CellValues {

    /** What a cell maps to; both collections are immutable and may be shared by many rows. */
    record Mapped(Set<String> values, List<String> unknown) {}

    private static final Mapped NOTHING = new Mapped(Set.of(), List.of());
    private static final int MAX_REMEMBERED = 10_000;

    private final Dictionary dictionary;
    private final boolean canonicalOnly;
    private final Map<String, Mapped> mapped = new ConcurrentHashMap<>();

    /** @param canonicalOnly each value stands for its canonical value alone, not also its parents */
    CellValues(Dictionary dictionary, boolean canonicalOnly) {
        this.dictionary = dictionary;
        this.canonicalOnly = canonicalOnly;
    }

    Mapped of(String cell) {
        if (cell == null) {
            return NOTHING;
        }
        Mapped known = mapped.get(cell);
        if (known == null) {
            known = map(cell);
            if (mapped.size() < MAX_REMEMBERED) {
                mapped.put(cell, known);
            }
        }
        return known;
    }

    private Mapped map(String cell) {
        Set<String> values = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : ValueSplitter.split(cell)) {
            Optional<Set<String>> known = dictionary.lookup(value);
            if (known.isPresent()) {
                if (canonicalOnly) {
                    values.add(known.get().iterator().next());
                } else {
                    values.addAll(known.get());
                }
            } else {
                values.add(RowInterpreter.OTHER);
                unknown.add(value);
            }
        }
        if (values.isEmpty()) {
            return NOTHING;
        }
        return new Mapped(Collections.unmodifiableSet(values), List.copyOf(unknown));
    }
}
