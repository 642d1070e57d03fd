package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.sample.ReviewListMeasure;
import org.pubstats.sample.SampleTruth;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * design.md §5 measured against the truth: the committed sample inbox through the real job, each row mapped back
 * to the true item it reports ({@link SampleTruth}). The dedup makes no error, the review list shows every pair
 * made to look alike (recall 1.0), and it is what {@link ReviewListMeasure#AFTER} states: an exact bound, so that
 * a change of the list is seen and measured.
 */
class SampleReviewTruthRunTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path out;

    private final SampleTruth truth = SampleTruth.ofSample();

    @Test
    void theDedupAndTheReviewListAgreeWithTheTruth() throws Exception {
        assertThat(runCommand.run(new RunOptions(Path.of("sample-data/huma-2018").toAbsolutePath(), 2018, out))).isZero();
        Map<Long, Integer> trueItemOfRow = trueItemOfEveryRow();

        // every warehouse item is one true item, and every true item one warehouse item
        Map<Long, Set<Integer>> trueItemsOfItem = new HashMap<>();
        Map<Integer, Set<Long>> itemsOfTrueItem = new HashMap<>();
        jdbc.query("SELECT row_id, item_id FROM item_member", rs -> {
            int trueItem = trueItemOfRow.get(rs.getLong("row_id"));
            trueItemsOfItem.computeIfAbsent(rs.getLong("item_id"), k -> new HashSet<>()).add(trueItem);
            itemsOfTrueItem.computeIfAbsent(trueItem, k -> new HashSet<>()).add(rs.getLong("item_id"));
        });
        assertThat(trueItemsOfItem.values()).as("items joining rows of different true items")
                .allSatisfy(trueItems -> assertThat(trueItems).hasSize(1));
        assertThat(itemsOfTrueItem.values()).as("true items split over several items")
                .allSatisfy(items -> assertThat(items).hasSize(1));
        assertThat(itemsOfTrueItem).hasSize(truth.trueItems());

        ReviewListMeasure measured = measure(trueItemOfRow);
        assertThat(measured.recall()).as("every pair made to look alike is listed").isEqualTo(1.0);
        assertThat(measured).as("the review list against the truth (sample-data/huma-2018.expected.md)")
                .isEqualTo(ReviewListMeasure.AFTER);
    }

    /** Every accepted row of the run, by id, with the true item it reports. */
    private Map<Long, Integer> trueItemOfEveryRow() {
        Map<Long, Integer> trueItemOfRow = new HashMap<>();
        jdbc.query("""
                SELECT r.id, f.rel_path, r.sheet, r.row_no FROM item_row r JOIN source_file f ON f.id = r.file_id
                 WHERE f.status = 'active'""", rs -> {
            String file = rs.getString("rel_path");
            String sheet = rs.getString("sheet");
            int row = rs.getInt("row_no");
            trueItemOfRow.put(rs.getLong("id"), truth.itemAt(file, sheet, row)
                    .orElseThrow(() -> new AssertionError("no true item at " + file + " " + sheet + " row " + row)));
        });
        assertThat(trueItemOfRow).hasSize(truth.acceptedRows());
        return trueItemOfRow;
    }

    /** Why the review list must give each kind of look-alike the model makes (design.md §5). */
    private static final Map<String, String> REASON_OF_KIND = Map.of(
            "same title, different publish dates", "同题异日",
            "same title and date, different document numbers", "同题同日异文号",
            "titles one character apart, same date", "近似标题");

    private ReviewListMeasure measure(Map<Long, Integer> trueItemOfRow) {
        List<Map<String, Object>> listed = jdbc.queryForList("SELECT row_a, row_b, reason FROM review_pair");
        int sameItem = 0;
        int madeAlike = 0;
        for (Map<String, Object> pair : listed) {
            int a = trueItemOfRow.get((Long) pair.get("row_a"));
            int b = trueItemOfRow.get((Long) pair.get("row_b"));
            Optional<String> kind = truth.lookAlikeKind(a, b);
            if (a == b) {
                sameItem++;
            } else if (kind.isPresent()) {
                madeAlike++;
                assertThat(pair.get("reason")).as("the reason of a pair made alike as: %s", kind.get())
                        .isEqualTo(REASON_OF_KIND.get(kind.get()));
            }
        }
        return new ReviewListMeasure(listed.size(), sameItem, madeAlike, truth.lookAlikePairs().size());
    }
}
