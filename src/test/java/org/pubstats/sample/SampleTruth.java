package org.pubstats.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the pipeline's dedup and review list are measured against (design.md §5): which true item each accepted
 * row of the sample inbox reports, found by where the row was written (file, sheet, row), and which pairs of
 * distinct items were made to look alike on purpose ({@link SampleModel#lookAlikePairs()}).
 */
public final class SampleTruth {

    private final SampleModel model;
    private final Map<String, Integer> itemAt = new HashMap<>();
    private final Map<Long, String> lookAlikes = new HashMap<>();

    private SampleTruth(SampleModel model, InboxPlanner planner) {
        this.model = model;
        for (SampleItemRow row : model.rows()) {
            if (!row.isReject()) {
                InboxPlanner.Location at = planner.locationAsRead(row.id());
                itemAt.put(key(at.file(), at.sheet(), at.row()), row.itemId());
            }
        }
        for (SampleModel.LookAlikePair pair : model.lookAlikePairs()) {
            lookAlikes.put(pairKey(pair.itemA(), pair.itemB()), pair.kind());
        }
    }

    /** The truth of the committed sample inbox, from the same seed its generator uses. */
    public static SampleTruth ofSample() {
        SampleModel model = SampleModel.build();
        InboxPlanner planner = new InboxPlanner(model);
        planner.plan();
        return new SampleTruth(model, planner);
    }

    /**
     * The true item an accepted row reports; {@code file} relative to the inbox with '/', {@code sheet} empty in
     * CSV and text files, {@code row} 1-based as the pipeline counts it (in CSV
     * and text files the line a record starts on).
     */
    public OptionalInt itemAt(String file, String sheet, int row) {
        Integer item = itemAt.get(key(file, sheet, row));
        return item == null ? OptionalInt.empty() : OptionalInt.of(item);
    }

    /** How many accepted rows the inbox has. */
    public int acceptedRows() {
        return itemAt.size();
    }

    /** How many distinct true items the accepted rows report. */
    public int trueItems() {
        return (int) itemAt.values().stream().distinct().count();
    }

    /** How the two distinct items were made to look alike (either way round), if they were. */
    public Optional<String> lookAlikeKind(int itemA, int itemB) {
        return Optional.ofNullable(lookAlikes.get(pairKey(itemA, itemB)));
    }

    /** The pairs made to look alike. */
    public List<SampleModel.LookAlikePair> lookAlikePairs() {
        return model.lookAlikePairs();
    }

    private static String key(String file, String sheet, int row) {
        return file + '\u0000' + (sheet == null ? "" : sheet) + '\u0000' + row;
    }

    private static long pairKey(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
