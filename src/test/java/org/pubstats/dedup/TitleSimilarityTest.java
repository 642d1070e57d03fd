package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}..{3}")
    @CsvSource({
            "关于开展春季植树造林的通知, 关于开展春季植树造林的通知, 1.0, 1.0",
            "关于开展春季植树造林的通知, 关于开展春季植树造林工作的通知, 0.8, 0.99",
            "关于开展春季植树造林的通知, 关于开展秋季植树造林的通知, 0.75, 0.9",
            "关于开展春季植树造林的通知, 2018年财政预算公开, 0.0, 0.1",
            "预算, 决算, 0.0, 0.0",
    })
    void bigramSimilarityOfTitles(String a, String b, double min, double max) {
        assertThat(TitleSimilarity.of(a, b)).isBetween(min, max);
        assertThat(TitleSimilarity.of(b, a)).isEqualTo(TitleSimilarity.of(a, b));
    }
}
