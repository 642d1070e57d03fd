package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review window on generated items: what it finds, and that its work and its pairs per item stay bounded. */
class ReviewWindowTest {

    static final ReviewRules RULES = new ReviewRules(0.8, 3, 5, 50, 200);
    static final LocalDate DAY = LocalDate.of(2018, 6, 1);
    static final String OFFICE = "呼玛县人民政府办公室";

    /** What a review pass over the items gives: the pairs, and the counts. */
    record Review(List<ReviewPair> pairs, ReviewCounts counts) {

        Map<Long, Integer> pairsPerItem() {
            Map<Long, Integer> per = new HashMap<>();
            pairs.forEach(p -> Stream.of(p.itemA(), p.itemB()).forEach(id -> per.merge(id, 1, Integer::sum)));
            return per;
        }

        int mostPairsForOneItem() {
            return pairsPerItem().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    static Review review(List<ReviewItem> items, GramRarity rarity, ReviewRules rules, DedupOverrides overrides) {
        List<ReviewPair> pairs = new ArrayList<>();
        ReviewWindow window = new ReviewWindow(rules, rarity, new DecidedPairs(overrides), pairs::add);
        items.forEach(window::add);
        window.finish();
        return new Review(pairs, window.counts());
    }

    static Review review(List<ReviewItem> items) {
        GramRarity.Counter counter = GramRarity.counter(items.size());
        items.stream().sorted(java.util.Comparator.comparing(ReviewItem::department))
                .forEach(i -> counter.add(i.department(), i.date().getYear(), i.titleNorm()));
        return review(items, counter.rarity(), RULES, new DedupOverrides(List.of()));
    }

    /** A department's numbered bulletins on one date, among a county's year of other items. */
    static List<ReviewItem> bulletinsAmongAYear(int bulletins) {
        List<ReviewItem> items = new ArrayList<>(new GeneratedYear(40, 0, 7).items);
        for (int n = 1; n <= bulletins; n++) {
            items.add(new ReviewItem(1_000_000 + n, 1_000_000 + n, "呼玛县2018年第" + n + "期政务信息简报", DAY, OFFICE));
        }
        items.sort(java.util.Comparator.comparing(ReviewItem::date).thenComparingLong(ReviewItem::itemId));
        return items;
    }

    @Test
    void aThousandNumberedBulletinsOnOneDateGiveAFewPairsEachAndBoundedComparisons() {
        Review thousand = review(bulletinsAmongAYear(1000));
        Review twoThousand = review(bulletinsAmongAYear(2000));

        assertThat(thousand.mostPairsForOneItem()).isLessThanOrEqualTo(RULES.pairsPerItem());
        assertThat(thousand.counts().mostComparedForOneItem()).isLessThanOrEqualTo(RULES.candidatesPerItem());
        assertThat(thousand.counts().pairs()).isEqualTo(thousand.pairs().size())
                .isLessThanOrEqualTo(thousand.counts().items() * RULES.pairsPerItem() / 2);
        // Twice the bulletins, about twice the work: linear, where all pairs would be four times.
        long extraItems = twoThousand.counts().items() - thousand.counts().items();
        assertThat(twoThousand.counts().compared() - thousand.counts().compared())
                .isLessThanOrEqualTo(extraItems * RULES.candidatesPerItem());
        assertThat(twoThousand.mostPairsForOneItem()).isLessThanOrEqualTo(RULES.pairsPerItem());
    }

    @Test
    void equalTitlesAreFoundEvenWhenEveryBigramIsTooCommonInTheWindow() {
        List<ReviewItem> items = new ArrayList<>();
        for (int n = 1; n <= 300; n++) {
            items.add(new ReviewItem(n, n, "工作动态", DAY, "部门" + n));
        }
        Review review = review(items);
        assertThat(review.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.similarity()).isEqualTo(1.0f));
        assertThat(review.mostPairsForOneItem()).isLessThanOrEqualTo(RULES.pairsPerItem());
        assertThat(review.pairsPerItem()).as("every one of them is listed with some of the others").hasSize(300);
    }

    @ParameterizedTest(name = "{0} days apart: {1} pair")
    @CsvSource({"0, 1", "1, 1", "3, 1", "4, 0", "30, 0"})
    void onlyItemsWithinTheWindowArePaired(int daysApart, int pairs) {
        List<ReviewItem> items = List.of(
                new ReviewItem(1, 11, "关于开展春季植树造林的通知", DAY, "呼玛县林业局"),
                new ReviewItem(2, 12, "关于开展春季植树造林的通知", DAY.plusDays(daysApart), "呼玛县林业局"));
        Review review = review(items);
        assertThat(review.pairs()).hasSize(pairs);
        if (pairs == 1) {
            assertThat(review.pairs().get(0)).isEqualTo(new ReviewPair(1, 2, 11, 12, 1.0f,
                    daysApart == 0 ? ReviewReason.SAME_TITLE_SAME_DATE : ReviewReason.SAME_TITLE_OTHER_DATE));
        }
    }

    @Test
    void titlesEqualButForTheirLeadingUnitAreNotListedWhileTheirOwnLookAlikesAre() {
        List<ReviewItem> items = List.of(
                new ReviewItem(1, 1, "北疆乡2018年第四季度计划免疫工作情况", DAY, "北疆乡人民政府"),
                new ReviewItem(2, 2, "兴华乡2018年第四季度计划免疫工作情况", DAY, "兴华乡人民政府"),
                new ReviewItem(4, 4, "鸥浦乡2018年第一批农村低保新增对象名单公示", DAY, "鸥浦乡人民政府"),
                new ReviewItem(5, 5, "鸥浦乡2018年第二批农村低保新增对象名单公示", DAY, "鸥浦乡人民政府"));
        GramRarity.Counter counter = GramRarity.counter(items.size());
        items.stream().sorted(java.util.Comparator.comparing(ReviewItem::department))
                .forEach(i -> counter.add(i.department(), 2018, i.titleNorm()));
        GramRarity rarity = counter.rarity();
        Review review = review(items, rarity, RULES, new DedupOverrides(List.of()));
        assertThat(review.pairs()).extracting(ReviewPair::itemA, ReviewPair::itemB, ReviewPair::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 5L, ReviewReason.ALIKE_TITLES));
        // alike enough to be listed, were it not for the two townships' names
        assertThat(TitleSimilarity.of(WeightedTitle.of(items.get(0).titleNorm(), "北疆乡人民政府", rarity.year(2018)),
                WeightedTitle.of(items.get(1).titleNorm(), "兴华乡人民政府", rarity.year(2018))))
                .isGreaterThanOrEqualTo(RULES.similarity());
    }

    @Test
    void theYearsPlantedDuplicatesAreListedAndNoItemIsInMoreThanItsShare() {
        GeneratedYear year = new GeneratedYear(40, 60, 11);
        Review review = review(year.items, year.rarity(), RULES, new DedupOverrides(List.of()));
        Map<Long, ReviewItem> byId = new HashMap<>();
        year.items.forEach(i -> byId.put(i.itemId(), i));
        Function<ReviewPair, String> key = p -> byId.get(p.itemA()).titleNorm() + byId.get(p.itemA()).date()
                + "|" + byId.get(p.itemB()).titleNorm() + byId.get(p.itemB()).date();
        List<String> listed = review.pairs().stream().map(key).toList();
        for (GeneratedYear.Planted p : year.planted) {
            assertThat(listed).as("planted %s", p).contains(p.title() + p.first() + "|" + p.againTitle() + p.again());
        }
        assertThat(review.mostPairsForOneItem()).isLessThanOrEqualTo(RULES.pairsPerItem());
        assertThat(review.counts().items()).isEqualTo(year.items.size());
    }

    @Test
    void pairsTheOfficeDecidedAreLeftOut() {
        List<ReviewItem> items = List.of(
                new ReviewItem(1, 1, "关于做好防汛工作的通知", DAY, "呼玛县水务局"),
                new ReviewItem(2, 2, "关于做好防汛工作的通知", DAY.plusDays(1), "呼玛县水务局"),
                new ReviewItem(3, 3, "关于开展春季植树造林的通知", DAY.plusDays(1), "呼玛县林业局"),
                new ReviewItem(4, 4, "关于开展春季植树造林的通知", DAY.plusDays(2), "呼玛县林业局"));
        DedupOverrides keepApart = new DedupOverrides(List.of(new DedupOverrides.Decision(DedupOverrides.Verdict.KEEP_APART,
                new DedupOverrides.Side("关于做好防汛工作的通知", DAY.plusDays(1)),
                new DedupOverrides.Side("关于做好防汛工作的通知", DAY))));
        GramRarity.Counter counter = GramRarity.counter(4);
        items.forEach(i -> counter.add(i.department(), 2018, i.titleNorm()));
        Review review = review(items, counter.rarity(), RULES, keepApart);
        assertThat(review.pairs()).extracting(ReviewPair::itemA, ReviewPair::itemB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 4L));
    }

    @Test
    void theBestPairsOfBothItemsAreKept() {
        // One title and six variants of it on one day: the title keeps its five most alike.
        List<ReviewItem> items = new ArrayList<>();
        items.add(new ReviewItem(1, 1, "呼玛县林业局关于开展春季植树造林工作的通知", DAY, "呼玛县林业局"));
        String[] variants = {"呼玛县林业局关于开展春季植树造林工作的通知。", "呼玛县林业局关于开展春季植树造林的通知",
                "呼玛县林业局关于开展2018年春季植树造林工作的通知", "呼玛县林业局开展春季植树造林工作的通知",
                "呼玛县林业局关于做好春季植树造林工作的通知", "呼玛县林业局关于开展春季植树造林工作的紧急通知"};
        for (int v = 0; v < variants.length; v++) {
            items.add(new ReviewItem(2 + v, 2 + v, variants[v], DAY, "呼玛县林业局"));
        }
        Review review = review(items);
        assertThat(review.pairsPerItem().get(1L)).isEqualTo(RULES.pairsPerItem());
        assertThat(review.mostPairsForOneItem()).isLessThanOrEqualTo(RULES.pairsPerItem());
    }

    @Test
    void theSameItemsInTheSameOrderGiveTheSamePairsWhateverIdsTheLoadHandedOut() {
        // The load runs files in parallel, so a rerun can give the same rows other ids: the pairs must not change.
        List<ReviewItem> items = bulletinsAmongAYear(300);
        List<ReviewItem> renumbered = new ArrayList<>();
        Map<Long, Integer> placeOf = new HashMap<>();
        Map<Long, Integer> placeOfRenumbered = new HashMap<>();
        for (int place = 0; place < items.size(); place++) {
            ReviewItem item = items.get(place);
            long otherId = 5_000_000L - 7L * place; // ids in the opposite order of the places
            renumbered.add(new ReviewItem(otherId, otherId, item.titleNorm(), item.date(), item.department()));
            placeOf.put(item.itemId(), place);
            placeOfRenumbered.put(otherId, place);
        }
        Review first = review(items);
        Review second = review(renumbered);
        assertThat(places(second, placeOfRenumbered)).isEqualTo(places(first, placeOf)).isNotEmpty();
        assertThat(second.counts()).isEqualTo(first.counts());
    }

    private static List<String> places(Review review, Map<Long, Integer> placeOf) {
        return review.pairs().stream()
                .map(p -> placeOf.get(p.itemA()) + "-" + placeOf.get(p.itemB()) + ":" + p.similarity())
                .sorted().toList();
    }

    @Test
    void anIncrementalPassComparesOnlyPairsWithAChangedItemAndListsTheirDuplicates() {
        GeneratedYear year = new GeneratedYear(40, 60, 11);
        DedupOverrides none = new DedupOverrides(List.of());
        Review full = review(year.items, year.rarity(), RULES, none);
        // The second listings of ten planted duplicates come with this run's changed file.
        List<GeneratedYear.Planted> changedPlanted = year.planted.subList(0, 10);
        java.util.Set<String> changed = new java.util.HashSet<>();
        changedPlanted.forEach(p -> changed.add(p.againTitle() + p.again()));
        List<ReviewItem> marked = year.items.stream()
                .map(i -> changed.contains(i.titleNorm() + i.date())
                        ? new ReviewItem(i.itemId(), i.rowId(), i.titleNorm(), i.date(), i.department(), true) : i)
                .toList();
        Map<Long, ReviewItem> byId = new HashMap<>();
        marked.forEach(i -> byId.put(i.itemId(), i));

        List<ReviewPair> pairs = new ArrayList<>();
        ReviewWindow window = new ReviewWindow(RULES, year.rarity(), new DecidedPairs(none), pairs::add, true);
        marked.forEach(window::add);
        window.finish();

        assertThat(pairs).isNotEmpty().allSatisfy(p ->
                assertThat(byId.get(p.itemA()).changed() || byId.get(p.itemB()).changed()).as("%s", p).isTrue());
        List<String> listed = pairs.stream().map(p -> byId.get(p.itemA()).titleNorm() + byId.get(p.itemA()).date()
                + "|" + byId.get(p.itemB()).titleNorm() + byId.get(p.itemB()).date()).toList();
        for (GeneratedYear.Planted p : changedPlanted) {
            assertThat(listed).as("planted %s", p).contains(p.title() + p.first() + "|" + p.againTitle() + p.again());
        }
        // The full pass's pairs with a changed item, and no more work than those items need.
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(full.pairs().stream()
                .filter(p -> byId.get(p.itemA()).changed() || byId.get(p.itemB()).changed()).toList());
        assertThat(window.counts().compared()).isLessThan(full.counts().compared() / 10);
    }

    @Test
    void itemsMustComeInDateOrder() {
        ReviewWindow window = new ReviewWindow(RULES, GramRarity.counter(1).rarity(), new DecidedPairs(new DedupOverrides(List.of())), p -> { });
        window.add(new ReviewItem(1, 1, "甲", DAY, "部门"));
        assertThatThrownBy(() -> window.add(new ReviewItem(2, 2, "乙", DAY.minusDays(1), "部门")))
                .isInstanceOf(IllegalStateException.class);
    }
}
