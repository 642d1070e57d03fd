package org.pubstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubstats.warehouse.FilePartitioner.Share;
import org.pubstats.warehouse.FileRegistry.PlannedSize;

/** How the planned files are shared out among the load step's partitions. */
class FilePartitionerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing to load: no partition", sizes(), 4, List.of()),
                Arguments.of("fewer files than threads: one file each", sizes(5, 7), 4,
                        List.of(new Share(List.of(2L), 7), new Share(List.of(1L), 5))),
                Arguments.of("one thread takes everything", sizes(5, 7, 1), 1,
                        List.of(new Share(List.of(2L, 1L, 3L), 13))),
                Arguments.of("the largest first, each to the lightest share", sizes(100, 90, 80, 10, 10, 10), 2,
                        List.of(new Share(List.of(1L, 4L, 5L, 6L), 130), new Share(List.of(2L, 3L), 170))),
                Arguments.of("equal sizes: round robin in id order", sizes(1, 1, 1, 1, 1), 2,
                        List.of(new Share(List.of(1L, 3L, 5L), 3), new Share(List.of(2L, 4L), 2))),
                Arguments.of("a grid of 0 is one share", sizes(3, 4), 0,
                        List.of(new Share(List.of(2L, 1L), 7))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void balance(String what, List<PlannedSize> planned, int grid, List<Share> shares) {
        assertThat(FilePartitioner.balance(planned, grid)).isEqualTo(shares);
    }

    @Test
    void everyFileOnceAndTheSharesWithinTheLargestFileOfEachOther() {
        Random random = new Random(9);
        for (int round = 0; round < 200; round++) {
            long[] bytes = LongStream.generate(() -> 1 + (long) Math.pow(random.nextInt(1000), 2))
                    .limit(1 + random.nextInt(300)).toArray();
            List<PlannedSize> planned = sizes(bytes);
            int grid = 1 + random.nextInt(16);
            List<Share> shares = FilePartitioner.balance(planned, grid);

            assertThat(shares).hasSize(Math.min(grid, planned.size())).allSatisfy(s -> assertThat(s.fileIds()).isNotEmpty());
            assertThat(shares.stream().flatMap(s -> s.fileIds().stream()).sorted().toList())
                    .isEqualTo(planned.stream().map(PlannedSize::fileId).toList());
            long largestFile = LongStream.of(bytes).max().orElseThrow();
            long heaviest = shares.stream().mapToLong(Share::bytes).max().orElseThrow();
            long lightest = shares.stream().mapToLong(Share::bytes).min().orElseThrow();
            assertThat(heaviest - lightest).isLessThanOrEqualTo(largestFile);
        }
    }

    @Test
    void theIdsTravelAsText() {
        assertThat(FilePartitioner.fileIds("3,17, 42")).containsExactly(3L, 17L, 42L);
        assertThat(FilePartitioner.fileIds("")).isEmpty();
        assertThat(FilePartitioner.fileIds(null)).isEmpty();
    }

    /** Files 1, 2, 3 … of these sizes. */
    private static List<PlannedSize> sizes(long... bytes) {
        List<PlannedSize> planned = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            planned.add(new PlannedSize(i + 1, bytes[i]));
        }
        return planned;
    }
}
