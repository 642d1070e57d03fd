package org.pubstats.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of dates that a full review pass goes through on a thread of its own: its items are compared
 * with each other and with the items of the {@code maxDays} before it (read again here as candidates only,
 * their pairs among themselves belong to the stretch before). An item near a border can thus gain pairs in
 * two stretches; the pass keeps its most alike afterwards.
 *
 * @param from first date, inclusive (null: from the first item)
 * @param to   end date, exclusive (null: to the last item)
 */
record ReviewSlice(LocalDate from, LocalDate to) {

    /** Below this many items, one stretch: the threads would cost more than they save. */
    static final long MIN_ITEMS_TO_SLICE = 20_000;
    /**
     * Always this many stretches above that, however many processors run them: borders decide which
     * pairs meet, and the list must not depend on the machine.
     */
    static final int SLICES = 4;

    /** Stretches of about equal numbers of items, from the quantiles of the items' dates. */
    static List<ReviewSlice> of(List<LocalDate> quantiles) {
        List<ReviewSlice> slices = new ArrayList<>();
        LocalDate from = null;
        for (LocalDate border : quantiles.stream().distinct().sorted().toList()) {
            slices.add(new ReviewSlice(from, border));
            from = border;
        }
        slices.add(new ReviewSlice(from, null));
        return slices;
    }

    /** The quantiles to cut at, for {@link #of}. */
    static double[] cuts() {
        double[] cuts = new double[SLICES - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = (i + 1) / (double) SLICES;
        }
        return cuts;
    }

    /**
     * The slice's items and the {@code maxDays} before it, in the pass's order; {@code own}: the slice's own.
     * For an incremental pass ({@code nearChanged}) only the items within {@code maxDays} of an item the last
     * dedup changed, and which of them changed.
     */
    String query(int maxDays, boolean nearChanged) {
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("r.publish_date >= DATE '" + from + "' - " + maxDays);
        }
        if (to != null) {
            where.add("r.publish_date < DATE '" + to + "'");
        }
        if (nearChanged) {
            where.add("""
                    r.publish_date IN (SELECT DISTINCT ci.publish_date + d
                                         FROM dedup_changed_item c JOIN item ci ON ci.id = c.item_id,
                                              generate_series(-%1$d, %1$d) d)""".formatted(maxDays));
        }
        return """
                SELECT i.id AS item_id, r.id AS row_id, r.title_norm, r.publish_date, r.department, %s AS changed, %s AS own
                  FROM item i JOIN item_row r ON r.id = i.rep_row_id JOIN source_file f ON f.id = r.file_id
                 %s
                 ORDER BY r.publish_date, r.department, f.rel_path, r.sheet, r.row_no"""
                .formatted(nearChanged ? "EXISTS (SELECT 1 FROM dedup_changed_item c WHERE c.item_id = i.id)" : "false",
                        from == null ? "true" : "r.publish_date >= DATE '" + from + "'",
                        where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where));
    }
}
