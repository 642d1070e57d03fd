package org.pubstats.dedup;

import java.util.Collection;
import java.util.Collections;
import java.util.PriorityQueue;

/** An item held in the review window: its weighted title, the rare bigrams it is found by, and its best pairs so far. */
final class WindowItem {

    private final ReviewItem item;
    private final WeightedTitle title;
    private final long[] probes;
    /** The item's place in the pass (date, then the representative row's department, file, sheet and row). */
    final long seq;
    private final PriorityQueue<HeldPair> best = new PriorityQueue<>(2, HeldPair.BETTER_FIRST.reversed());
    /** The number of the last new item this one was compared with, so that it is compared once per item. */
    long comparedFor = -1;
    boolean left;

    WindowItem(ReviewItem item, WeightedTitle title, long[] probes, long seq) {
        this.item = item;
        this.seq = seq;
        this.title = title;
        this.probes = probes;
    }

    ReviewItem item() {
        return item;
    }

    WeightedTitle title() {
        return title;
    }

    long[] probes() {
        return probes;
    }

    /** Whether the pair would be among this item's {@code limit} best. */
    boolean wouldKeep(HeldPair pair, int limit) {
        return best.size() < limit || HeldPair.BETTER_FIRST.compare(pair, best.peek()) < 0;
    }

    /** Keeps the pair; returns the pair it pushed out to stay within {@code limit}, or null. */
    HeldPair keep(HeldPair pair, int limit) {
        HeldPair pushedOut = best.size() < limit ? null : best.poll();
        best.add(pair);
        return pushedOut;
    }

    void letGo(HeldPair pair) {
        best.remove(pair);
    }

    /** Once the item has left, its own list is of no use, and holding it would hold earlier items in turn. */
    void forgetPairs() {
        best.clear();
    }

    Collection<HeldPair> best() {
        return Collections.unmodifiableCollection(best);
    }
}
