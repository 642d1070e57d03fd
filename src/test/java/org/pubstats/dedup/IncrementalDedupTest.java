package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incremental dedup decides the same items as a full recompute: random sequences of file versions
 * added, replaced and withdrawn (rows drawn from a small vocabulary, so that keys collide, chains form
 * and break, and rows without a document number join and leave title-and-date groups), each run
 * compared with a full recompute of the same rows and with design.md §5 applied pair by pair.
 */
class IncrementalDedupTest extends WarehouseTest {

    private static final String[] TITLES = {"甲通知", "乙公告", "丙方案", "丁通报", "戊意见", "己公示", "庚简报", "辛规划"};
    private static final String[] CHANNELS = {"政府网站", "政务微信", "政务微博", "公开栏"};
    private static final String[] CATEGORIES = {"规范性文件", "重点领域", "财政预决算"};

    @Autowired
    PlatformTransactionManager transactions;

    /** Over all seeds: incremental runs that decided a cut component again (a seed alone may have none). */
    private static int incrementalRunsWithCuts;
    private static int seedsRun;

    @org.junit.jupiter.api.AfterAll
    static void someIncrementalRunsDecidedCutComponents() {
        org.junit.jupiter.api.Assumptions.assumeTrue(seedsRun == 5, "all seeds ran");
        assertThat(incrementalRunsWithCuts).as("incremental runs that re-decided components with cuts").isPositive();
    }

    private TransactionTemplate tx;
    private SeededFiles files;
    private Random random;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomFileChangesGiveTheItemsOfAFullRecompute(long seed) {
        tx = new TransactionTemplate(transactions);
        files = new SeededFiles(jdbc);
        random = new Random(seed);
        DedupOverrides overrides = new DedupOverrides(List.of());
        List<String> paths = new ArrayList<>();
        int incremental = 0;
        int incrementalCuts = 0;
        for (int step = 0; step < 36; step++) {
            long runId = tx.execute(s -> files.newRun());
            DedupOverrides previous = overrides;
            if (step % 9 == 4) {
                overrides = randomDecisions();
            }
            boolean overridesChange = !overrides.equals(previous);
            int changes = random.nextInt(4); // 0: a run where nothing changed
            for (int c = 0; c < changes; c++) {
                int op = paths.size() < 8 ? 0 : random.nextInt(3);
                tx.executeWithoutResult(s -> {
                    if (op == 0) {
                        String path = "部门" + (char) ('A' + random.nextInt(6)) + "/f" + paths.size() + ".csv";
                        paths.add(path);
                        files.put(runId, path, randomRows());
                    } else if (op == 1) {
                        files.put(runId, paths.get(random.nextInt(paths.size())), randomRows());
                    } else {
                        String path = paths.remove(random.nextInt(paths.size()));
                        files.withdraw(runId, path);
                    }
                });
            }
            ItemsSnapshot before = ItemsSnapshot.read(jdbc);
            DedupOverrides decided = overrides;
            Deduplication.Result result = tx.execute(s -> new Deduplication(jdbc).run(runId, decided));
            ItemsSnapshot after = ItemsSnapshot.read(jdbc);
            String where = "seed " + seed + ", step " + step + ", " + result;

            ItemsSnapshot full = tx.execute(s -> {
                new Deduplication(jdbc).run(runId, decided, true);
                ItemsSnapshot recomputed = ItemsSnapshot.read(jdbc);
                s.setRollbackOnly();
                return recomputed;
            });
            assertThat(after.members()).as(where).isEqualTo(full.members());
            assertThat(after.items()).as(where).isEqualTo(full.items());
            if (decided.keepApart().isEmpty()) {
                assertSpecPartition(after, decided, where); // the literal rules know no cuts
            }
            assertKeptApart(after, decided, where);
            assertChangesPublished(before, after, result, runId, where);
            if (overridesChange) {
                assertThat(result.mode()).as(where).isEqualTo(Deduplication.Mode.FULL);
            }
            if (result.mode() == Deduplication.Mode.INCREMENTAL) {
                incremental++;
                if (result.mergesCut() > 0 && result.rowsRedecided() > 0) {
                    incrementalCuts++;
                }
            }
        }
        assertThat(incremental).as("runs decided incrementally").isGreaterThan(16);
        incrementalRunsWithCuts += incrementalCuts;
        seedsRun++;
    }

    /**
     * A cut component decided again must be decided whole: rows a and b are kept apart, c joined a (by URL) and
     * was refused b (by index number). Once a's file is withdrawn, nothing keeps c from b — but b's item is not
     * touched by the withdrawal; the incremental scope must take it in because it holds a side of the cut.
     */
    @org.junit.jupiter.api.Test
    void aWithdrawnSideLetsTheRestJoinAsInAFullRecompute() {
        tx = new TransactionTemplate(transactions);
        files = new SeededFiles(jdbc);
        LocalDate first = LocalDate.of(2018, 3, 1);
        LocalDate second = LocalDate.of(2018, 3, 2);
        DedupOverrides apart = new DedupOverrides(List.of(new DedupOverrides.Decision(DedupOverrides.Verdict.KEEP_APART,
                new DedupOverrides.Side("甲通知", first), new DedupOverrides.Side("甲通知", second))));
        long run1 = tx.execute(s -> files.newRun());
        tx.executeWithoutResult(s -> {
            files.put(run1, "部门A/a.csv", List.of(row("甲通知", first, "呼政发〔2018〕1号", null, "http://x.gov.cn/1")));
            files.put(run1, "部门B/b.csv", List.of(row("甲通知", second, "呼政发〔2018〕1号", "IDX-1", null)));
            files.put(run1, "部门C/c.csv", List.of(row("乙公告", LocalDate.of(2018, 3, 5), null, "IDX-1", "http://x.gov.cn/1")));
        });
        Deduplication.Result cut = tx.execute(s -> new Deduplication(jdbc).run(run1, apart));
        assertThat(cut.mergesCut()).isEqualTo(1);
        assertThat(ItemsSnapshot.read(jdbc).members().values()).extracting(Set::size).containsExactlyInAnyOrder(2, 1);

        long run2 = tx.execute(s -> files.newRun());
        tx.executeWithoutResult(s -> files.withdraw(run2, "部门A/a.csv"));
        Deduplication.Result after = tx.execute(s -> new Deduplication(jdbc).run(run2, apart));
        assertThat(after.mode()).isEqualTo(Deduplication.Mode.INCREMENTAL);
        assertThat(after.mergesCut()).isZero();
        assertThat(ItemsSnapshot.read(jdbc).members().values()).extracting(Set::size).containsExactly(2);
    }

    private static SeededFiles.Row row(String title, LocalDate date, String docNo, String indexNo, String url) {
        return new SeededFiles.Row(title, date, docNo, indexNo, url, List.of("政府网站"), List.of());
    }

    private void assertSpecPartition(ItemsSnapshot after, DedupOverrides overrides, String where) {
        Map<Long, List<SpecPartition.ActiveRow>> spec = SpecPartition.items(SpecPartition.activeRows(jdbc), overrides);
        assertThat(after.members().keySet()).as(where).isEqualTo(spec.keySet());
        spec.forEach((item, rows) -> {
            assertThat(after.members().get(item)).as(where)
                    .isEqualTo(new TreeSet<>(rows.stream().map(SpecPartition.ActiveRow::id).toList()));
            assertThat(after.items().get(item).get(0)).as(where + ", representative of " + item)
                    .isEqualTo(SpecPartition.representative(rows).id());
            assertThat(after.items().get(item).get(6)).as(where).isEqualTo(rows.size());
        });
    }

    /** No item holds rows of both sides of a 分开 decision. */
    private void assertKeptApart(ItemsSnapshot after, DedupOverrides overrides, String where) {
        List<SpecPartition.ActiveRow> rows = SpecPartition.activeRows(jdbc);
        Map<Long, Long> itemOfRow = new java.util.HashMap<>();
        after.members().forEach((item, members) -> members.forEach(row -> itemOfRow.put(row, item)));
        for (DedupOverrides.Decision apart : overrides.keepApart()) {
            Set<Long> itemsA = itemsOn(rows, apart.a(), itemOfRow);
            Set<Long> itemsB = itemsOn(rows, apart.b(), itemOfRow);
            Set<Long> rowsA = rowsOn(rows, apart.a());
            if (!rowsA.equals(rowsOn(rows, apart.b()))) {
                itemsA.retainAll(itemsB);
                assertThat(itemsA).as(where + ", " + apart).isEmpty();
            }
        }
    }

    private static Set<Long> rowsOn(List<SpecPartition.ActiveRow> rows, DedupOverrides.Side side) {
        Set<Long> on = new TreeSet<>();
        for (SpecPartition.ActiveRow row : rows) {
            if (row.title().equals(side.titleNorm()) && row.date().equals(side.date())
                    && (side.docNoNorm() == null || side.docNoNorm().equals(row.docNo()))) {
                on.add(row.id());
            }
        }
        return on;
    }

    private static Set<Long> itemsOn(List<SpecPartition.ActiveRow> rows, DedupOverrides.Side side, Map<Long, Long> itemOfRow) {
        Set<Long> items = new HashSet<>();
        rowsOn(rows, side).forEach(row -> items.add(itemOfRow.get(row)));
        return items;
    }

    private void assertChangesPublished(ItemsSnapshot before, ItemsSnapshot after, Deduplication.Result result,
                                        long runId, String where) {
        Set<Long> changed = ItemsSnapshot.changedItems(before, after);
        if (!result.allChanged()) {
            assertThat(result.changedItems()).as(where).isEqualTo(changed.size());
        }
        assertThat(jdbc.queryForObject("SELECT mode FROM dedup_run WHERE run_id = ?", String.class, runId))
                .isEqualTo(result.mode().name().toLowerCase(java.util.Locale.ROOT));
        Set<Long> published = new HashSet<>(jdbc.queryForList("SELECT item_id FROM dedup_changed_item", Long.class));
        if (result.allChanged()) {
            assertThat(published).as(where).isEmpty();
        } else {
            assertThat(published).as(where).isEqualTo(changed);
            assertThat(jdbc.queryForList("SELECT item_id FROM dedup_changed_item WHERE present", Long.class))
                    .as(where).allMatch(after.members()::containsKey);
        }
    }

    private List<SeededFiles.Row> randomRows() {
        List<SeededFiles.Row> rows = new ArrayList<>();
        int n = random.nextInt(9);
        for (int i = 0; i < n; i++) {
            rows.add(new SeededFiles.Row(TITLES[random.nextInt(TITLES.length)],
                    LocalDate.of(2018, 3, 1 + random.nextInt(3)),
                    random.nextInt(3) == 0 ? null : "呼政发〔2018〕" + random.nextInt(3) + "号",
                    random.nextInt(5) == 0 ? "IDX-" + random.nextInt(30) : null,
                    random.nextInt(6) == 0 ? "http://x.gov.cn/" + random.nextInt(30) : null,
                    pick(CHANNELS), pick(CATEGORIES)));
        }
        return rows;
    }

    private List<String> pick(String[] values) {
        List<String> picked = new ArrayList<>();
        for (String value : values) {
            if (random.nextInt(3) == 0) {
                picked.add(value);
            }
        }
        if (!picked.isEmpty() && random.nextBoolean()) {
            picked.add(picked.get(0)); // a value twice in one cell
        }
        return picked;
    }

    /** Merges and cuts: small vocabularies make the cuts fall inside components the rules joined. */
    private DedupOverrides randomDecisions() {
        List<DedupOverrides.Decision> decisions = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            if (random.nextInt(3) == 0) {
                decisions.add(new DedupOverrides.Decision(DedupOverrides.Verdict.MERGE, side(), side()));
            } else { // one title on two dates: the rows rule 4 joins by their number
                DedupOverrides.Side a = side();
                LocalDate other = LocalDate.of(2018, 3, 1 + (a.date().getDayOfMonth() + random.nextInt(2)) % 3);
                decisions.add(new DedupOverrides.Decision(DedupOverrides.Verdict.KEEP_APART, a,
                        new DedupOverrides.Side(a.titleNorm(), other)));
            }
        }
        return new DedupOverrides(decisions);
    }

    private DedupOverrides.Side side() {
        return new DedupOverrides.Side(TITLES[random.nextInt(TITLES.length)], LocalDate.of(2018, 3, 1 + random.nextInt(3)));
    }
}
