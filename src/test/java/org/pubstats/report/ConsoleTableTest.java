package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConsoleTableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellHanCountingDouble() {
        assertThat(ConsoleTable.grid(List.of(List.of("a", "bb"), List.of("ccc", "中"), List.of("合计", "7")), Set.of(0, 1)))
                .isEqualTo("""
                        | a    | bb |
                        |------|----|
                        | ccc  | 中 |
                        |------|----|
                        | 合计 | 7  |
                        """);
    }
}
