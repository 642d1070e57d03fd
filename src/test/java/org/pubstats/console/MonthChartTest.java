package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The month chart's bars: scaled to the largest month, side by side, and drawable for an empty year. */
class MonthChartTest {

    @Test
    void barsAreScaledToTheLargestMonth() {
        int[][] months = new int[12][3];
        months[0] = new int[] {100, 80, 30};
        months[5] = new int[] {50, 50, 0};
        MonthChart.Chart chart = MonthChart.layOut(months);
        assertThat(chart.total()).isEqualTo(150);
        assertThat(chart.bars().get(5).height() * 2).isEqualTo(chart.bars().get(0).height());
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.bars().get(0).website()).isEqualTo(80);
        for (int i = 1; i < 12; i++) {
            assertThat(chart.bars().get(i).x()).isGreaterThan(chart.bars().get(i - 1).x() + chart.bars().get(i - 1).width());
        }
        assertThat(chart.bars().get(11).x() + chart.bars().get(11).width()).isLessThan(chart.width());
    }

    @Test
    void anEmptyYearHasTwelveFlatBars() {
        MonthChart.Chart chart = MonthChart.layOut(new int[12][3]);
        assertThat(chart.bars()).hasSize(12).allSatisfy(bar -> {
            assertThat(bar.height()).isZero();
            assertThat(bar.y()).isEqualTo(chart.baseline());
        });
    }

    @Test
    void pagesOfTwoHundredCoverTheFigure() {
        FigurePages.Paging last = FigurePages.Paging.of(23, 4569);
        assertThat(last.pages()).isEqualTo(23);
        assertThat(last.from()).isEqualTo(4401);
        assertThat(last.to()).isEqualTo(4569);
        assertThat(FigurePages.Paging.of(99, 17)).isEqualTo(new FigurePages.Paging(1, 1, 17, 1, 17));
        assertThat(FigurePages.Paging.of(0, 0).from()).isZero();
    }
}
