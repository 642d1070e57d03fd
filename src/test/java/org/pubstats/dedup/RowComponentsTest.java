package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RowComponentsTest {

    static Stream<Arguments> unions() {
        return Stream.of(
                Arguments.of("nothing joined", new long[][] {}, Map.of()),
                Arguments.of("a pair: the smaller id names it", new long[][] {{9, 4}}, Map.of(9L, 4L, 4L, 4L)),
                Arguments.of("a chain", new long[][] {{30, 20}, {20, 10}, {40, 30}},
                        Map.of(10L, 10L, 20L, 10L, 30L, 10L, 40L, 10L)),
                Arguments.of("two components, then one", new long[][] {{5, 7}, {100, 200}, {7, 200}},
                        Map.of(5L, 5L, 7L, 5L, 100L, 5L, 200L, 5L)),
                Arguments.of("a pair twice, a row with itself", new long[][] {{3, 8}, {8, 3}, {8, 8}},
                        Map.of(3L, 3L, 8L, 3L)),
                Arguments.of("ids far apart", new long[][] {{Long.MAX_VALUE, 1}, {1L << 40, Long.MAX_VALUE}},
                        Map.of(1L, 1L, Long.MAX_VALUE, 1L, 1L << 40, 1L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unions")
    void eachJoinedRowGetsItsComponentsSmallestId(String name, long[][] pairs, Map<Long, Long> expected) throws Exception {
        RowComponents components = new RowComponents();
        for (long[] pair : pairs) {
            components.union(pair[0], pair[1]);
        }
        assertThat(itemOfRow(components)).isEqualTo(expected);
        assertThat(components.rows()).isEqualTo(expected.size());
    }

    /** Far more rows than the first table holds: it grows, and parents move along with their rows. */
    @Test
    void growsAndKeepsEveryComponent() throws Exception {
        RowComponents components = new RowComponents();
        Random random = new Random(7);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(random.nextLong(1, Long.MAX_VALUE));
        }
        // Components of 10 consecutive ids (a chain), joined in random order.
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            if (i % 10 != 0) {
                pairs.add(new long[] {ids.get(i), ids.get(i - 1)});
            }
        }
        java.util.Collections.shuffle(pairs, random);
        pairs.forEach(pair -> components.union(pair[0], pair[1]));
        Map<Long, Long> items = itemOfRow(components);
        for (int group = 0; group < 10_000; group++) {
            long smallest = ids.subList(group * 10, group * 10 + 10).stream().mapToLong(Long::longValue).min().orElseThrow();
            for (int i = group * 10; i < group * 10 + 10; i++) {
                assertThat(items.get(ids.get(i))).isEqualTo(smallest);
            }
        }
    }

    private static Map<Long, Long> itemOfRow(RowComponents components) throws Exception {
        Map<Long, Long> items = new HashMap<>();
        components.forEach(items::put);
        return items;
    }
}
