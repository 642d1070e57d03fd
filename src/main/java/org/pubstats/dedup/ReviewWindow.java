package org.pubstats.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The review pass over the items in date order: holds only the items of the last
 * {@code maxDays} days, compares each new item with a bounded number of them, and hands a pair on
 * once both its items have left the window. What it holds and what it compares grow with the items
 * of a few days, not with the year, and pairs leave as they are found.
 *
 * <p>Blocking, so that the work grows about linearly with the items:
 * <ul>
 * <li>candidates come only through the new title's rarest bigrams ({@link RareBigrams}) and through
 * its exact title (equal titles on near dates are the likeliest duplicates of all);</li>
 * <li>a bigram that more than {@code tokenCap} window items are found by proposes no candidates: in
 * those days it is too common to tell anything apart (a department's 1,000 bulletins of one date);</li>
 * <li>at most {@code candidatesPerItem} earlier items are compared with one item;</li>
 * <li>a pair is listed only while it is among the {@code pairsPerItem} most alike of both its items,
 * so no item is in more pairs than that.</li>
 * </ul>
 * Titles equal but for a leading unit or place name ({@link LeadingUnit}) are not listed: two units' reports.
 * Each pair says why it is listed ({@link ReviewReason}); equal titles further apart than the window are
 * {@link SameTitleChain}'s.
 */
final class ReviewWindow {

    /** A flood on one date (a whole year given one date) could fill memory: beyond this many held items the oldest leave early. */
    static final int MOST_HELD = 200_000;

    private final ReviewRules rules;
    private final GramRarity rarity;
    private final DecidedPairs decided;
    private final Consumer<ReviewPair> out;
    /** An incremental pass: only pairs with at least one changed item are compared (the others are kept from before). */
    private final boolean onlyChanged;
    /** Changed items held now: while there are none, an incremental pass has nothing to compare. */
    private int changedHeld;
    private final ArrayDeque<WindowItem> held = new ArrayDeque<>();
    private final Map<Long, ArrayDeque<WindowItem>> byBigram = new HashMap<>();
    private final Map<String, ArrayDeque<WindowItem>> byTitle = new HashMap<>();
    /** Each department's name as a frame, worked out once (a region has thousands of departments, not millions). */
    private final Map<String, WeightedTitle.Frame> frames = new HashMap<>();
    private LocalDate lastDate = LocalDate.MIN;
    private long items;
    private long compared;
    private int mostCompared;
    private long pairs;

    ReviewWindow(ReviewRules rules, GramRarity rarity, DecidedPairs decided, Consumer<ReviewPair> out) {
        this(rules, rarity, decided, out, false);
    }

    /** @param onlyChanged compare only pairs with at least one {@link ReviewItem#changed()} item */
    ReviewWindow(ReviewRules rules, GramRarity rarity, DecidedPairs decided, Consumer<ReviewPair> out, boolean onlyChanged) {
        this.rules = rules;
        this.rarity = rarity;
        this.decided = decided;
        this.out = out;
        this.onlyChanged = onlyChanged;
    }

    /** The next item; items come in date order. */
    void add(ReviewItem item) {
        if (item.date().isBefore(lastDate)) {
            throw new IllegalStateException("review items must come in date order: " + item.date() + " after " + lastDate);
        }
        lastDate = item.date();
        while (!held.isEmpty() && (ChronoUnit.DAYS.between(held.peekFirst().item().date(), item.date()) > rules.maxDays()
                || held.size() >= MOST_HELD)) {
            leave(held.pollFirst());
        }
        int year = item.date().getYear();
        WeightedTitle.Frame frame = frames.computeIfAbsent(item.department(), WeightedTitle.Frame::of);
        WeightedTitle title = WeightedTitle.of(item.titleNorm(), frame, rarity.year(year));
        WindowItem next = new WindowItem(item, title, RareBigrams.of(title, year, rarity, rules.similarity()), items++);
        // An item of the days before a stretch is only a candidate; an incremental pass has nothing to do
        // while neither the item nor any held item changed.
        if (item.own() && (!onlyChanged || item.changed() || changedHeld > 0)) {
            compareWithCandidates(next, next.seq);
        }
        if (item.changed()) {
            changedHeld++;
        }
        for (long bigram : next.probes()) {
            byBigram.computeIfAbsent(bigram, b -> new ArrayDeque<>()).addLast(next);
        }
        byTitle.computeIfAbsent(item.titleNorm(), t -> new ArrayDeque<>()).addLast(next);
        held.addLast(next);
    }

    /** Lets the items still held go, handing on their pairs. */
    void finish() {
        while (!held.isEmpty()) {
            leave(held.pollFirst());
        }
    }

    ReviewCounts counts() {
        return new ReviewCounts(items, compared, mostCompared, pairs);
    }

    private void compareWithCandidates(WindowItem next, long number) {
        int budget = rules.candidatesPerItem();
        int done = compareNewestFirst(byTitle.get(next.item().titleNorm()), next, number, budget);
        for (long bigram : next.probes()) {
            if (done >= budget) {
                break;
            }
            ArrayDeque<WindowItem> found = byBigram.get(bigram);
            if (found != null && found.size() <= rules.tokenCap()) {
                done += compareNewestFirst(found, next, number, budget - done);
            }
        }
        compared += done;
        mostCompared = Math.max(mostCompared, done);
    }

    private int compareNewestFirst(ArrayDeque<WindowItem> candidates, WindowItem next, long number, int budget) {
        if (candidates == null) {
            return 0;
        }
        int done = 0;
        for (Iterator<WindowItem> it = candidates.descendingIterator(); it.hasNext() && done < budget; ) {
            WindowItem earlier = it.next();
            if (earlier.comparedFor == number || onlyChanged && !next.item().changed() && !earlier.item().changed()) {
                continue;
            }
            earlier.comparedFor = number;
            done++;
            double similarity = TitleSimilarity.of(earlier.title(), next.title());
            if (similarity >= rules.similarity() && !decided.covers(earlier.item(), next.item())
                    && !LeadingUnit.onlyNamesDiffer(earlier.item().titleNorm(), next.item().titleNorm())) {
                offer(new HeldPair(earlier, next, (float) similarity));
            }
        }
        return done;
    }

    /** Keeps the pair if it is among the best of both items, pushing out what it beats. */
    private void offer(HeldPair pair) {
        int limit = rules.pairsPerItem();
        if (!pair.earlier.wouldKeep(pair, limit) || !pair.later.wouldKeep(pair, limit)) {
            return;
        }
        letGo(pair.earlier.keep(pair, limit), pair.earlier);
        letGo(pair.later.keep(pair, limit), pair.later);
    }

    private static void letGo(HeldPair pushedOut, WindowItem by) {
        if (pushedOut != null) {
            pushedOut.kept = false;
            WindowItem other = pushedOut.other(by);
            if (!other.left) {
                other.letGo(pushedOut);
            }
        }
    }

    /**
     * The item can be in no new pair: its pairs with items that left before it are final on both
     * sides now, and go out; pairs with items still held go out when those leave.
     */
    private void leave(WindowItem item) {
        for (HeldPair pair : item.best()) {
            if (pair.kept && pair.other(item).left) {
                out.accept(pair.toReviewPair());
                pairs++;
            }
        }
        item.left = true;
        if (item.item().changed()) {
            changedHeld--;
        }
        item.forgetPairs();
        for (long bigram : item.probes()) {
            dropFirst(byBigram, bigram, item);
        }
        dropFirst(byTitle, item.item().titleNorm(), item);
    }

    /** Items leave in the order they came, so a leaving item is first in each of its lists. */
    private static <K> void dropFirst(Map<K, ArrayDeque<WindowItem>> index, K key, WindowItem item) {
        ArrayDeque<WindowItem> list = index.get(key);
        if (list != null && list.peekFirst() == item) {
            list.pollFirst();
            if (list.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
