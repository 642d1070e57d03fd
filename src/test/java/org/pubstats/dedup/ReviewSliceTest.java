package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stretches of a full review pass: cut at the quantiles given, each read with the days before it. */
class ReviewSliceTest {

    static final LocalDate APRIL = LocalDate.of(2018, 4, 1);
    static final LocalDate JULY = LocalDate.of(2018, 7, 1);

    @Test
    void bordersCutTheYearIntoStretchesThatMeetWithoutGapOrOverlap() {
        assertThat(ReviewSlice.of(List.of(JULY, APRIL, APRIL))).containsExactly(
                new ReviewSlice(null, APRIL), new ReviewSlice(APRIL, JULY), new ReviewSlice(JULY, null));
        assertThat(ReviewSlice.of(List.of())).containsExactly(new ReviewSlice(null, null));
        assertThat(ReviewSlice.cuts()).containsExactly(0.25, 0.5, 0.75);
    }

    @Test
    void aStretchReadsTheDaysBeforeItAsCandidatesOnly() {
        String query = new ReviewSlice(APRIL, JULY).query(3, false);
        assertThat(query).contains("r.publish_date >= DATE '2018-04-01' - 3")
                .contains("r.publish_date < DATE '2018-07-01'")
                .contains("r.publish_date >= DATE '2018-04-01' AS own")
                .contains("ORDER BY r.publish_date, r.department, f.rel_path, r.sheet, r.row_no");
        assertThat(new ReviewSlice(null, null).query(3, false)).contains("true AS own").contains("false AS changed")
                .doesNotContain("WHERE");
    }
}
