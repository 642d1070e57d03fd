package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CutComponentsTest {

    /** Rows 1 and 2 are the sides of decision 1 (tags +1, −1); row 3 is side A of decision 2, row 4 its side B. */
    private static final Map<Long, int[]> TAGS = Map.of(1L, new int[] {1}, 2L, new int[] {-1}, 3L, new int[] {2},
            4L, new int[] {-2});

    static Stream<Arguments> joins() {
        return Stream.of(
                Arguments.of("the sides themselves stay apart", new long[][] {{2, 1}}, Map.of(1L, 1L, 2L, 2L), 1),
                Arguments.of("a row between them goes with the side it met first", new long[][] {{5, 1}, {5, 2}},
                        Map.of(1L, 1L, 2L, 2L, 5L, 1L), 1),
                Arguments.of("… and with the other when it met that one first", new long[][] {{5, 2}, {5, 1}},
                        Map.of(1L, 1L, 2L, 2L, 5L, 2L), 1),
                Arguments.of("groups join while they hold no opposed sides", new long[][] {{5, 1}, {6, 5}, {7, 6}},
                        Map.of(1L, 1L, 5L, 1L, 6L, 1L, 7L, 1L), 0),
                Arguments.of("sides of different decisions may join", new long[][] {{3, 1}, {4, 2}},
                        Map.of(1L, 1L, 3L, 1L, 2L, 2L, 4L, 2L), 0),
                Arguments.of("a group holding both kinds refuses both others", new long[][] {{3, 1}, {4, 2}, {4, 3}, {2, 1}},
                        Map.of(1L, 1L, 3L, 1L, 2L, 2L, 4L, 2L), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("joins")
    void joinsEverythingButTheSidesOfADecision(String name, long[][] edges, Map<Long, Long> items, long refused) {
        CutComponents cut = new CutComponents(KeptApart.ofTags(TAGS));
        for (long[] edge : edges) {
            cut.union(edge[0], edge[1]);
        }
        assertThat(cut.items()).isEqualTo(items);
        assertThat(cut.refused()).isEqualTo(refused);
    }
}
