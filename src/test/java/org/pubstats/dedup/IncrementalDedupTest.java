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
        for (int step = 0; step < 36; step++) {
            long runId = tx.execute(s -> files.newRun());
            DedupOverrides previous = overrides;
            if (step % 13 == 12) {
                overrides = randomMerges();
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
            assertSpecPartition(after, decided, where);
            assertChangesPublished(before, after, result, runId, where);
            if (overridesChange) {
                assertThat(result.mode()).as(where).isEqualTo(Deduplication.Mode.FULL);
            }
            if (result.mode() == Deduplication.Mode.INCREMENTAL) {
                incremental++;
            }
        }
        assertThat(incremental).as("runs decided incrementally").isGreaterThan(16);
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

    private DedupOverrides randomMerges() {
        List<DedupOverrides.Decision> decisions = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            decisions.add(new DedupOverrides.Decision(DedupOverrides.Verdict.MERGE, side(), side()));
        }
        return new DedupOverrides(decisions);
    }

    private DedupOverrides.Side side() {
        return new DedupOverrides.Side(TITLES[random.nextInt(TITLES.length)], LocalDate.of(2018, 3, 1 + random.nextInt(3)));
    }
}
