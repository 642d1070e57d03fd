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
                        List.of(new Share(1, 1, 1, 5), new Share(2, 2, 1, 7))),
                Arguments.of("one thread takes everything", sizes(5, 7, 1), 1, List.of(new Share(1, 3, 3, 13))),
                Arguments.of("a grid of 0 is one share", sizes(3, 4), 0, List.of(new Share(1, 2, 2, 7))),
                Arguments.of("equal sizes: equal counts", sizes(1, 1, 1, 1, 1, 1), 3,
                        List.of(new Share(1, 2, 2, 2), new Share(3, 4, 2, 2), new Share(5, 6, 2, 2))),
                Arguments.of("cut where the bytes come closest to half", sizes(100, 90, 80, 10, 10, 10), 2,
                        List.of(new Share(1, 2, 2, 190), new Share(3, 6, 4, 110))),
                Arguments.of("one huge file is a share of its own", sizes(1, 1000, 1, 1, 1), 2,
                        List.of(new Share(1, 2, 2, 1001), new Share(3, 5, 3, 3))),
                Arguments.of("every later share keeps a file", sizes(1, 1, 1, 1000), 3,
                        List.of(new Share(1, 2, 2, 2), new Share(3, 3, 1, 1), new Share(4, 4, 1, 1000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void balance(String what, List<PlannedSize> planned, int grid, List<Share> shares) {
        assertThat(FilePartitioner.balance(planned, grid)).isEqualTo(shares);
    }

    @Test
    void everyFileOnceAndEachShareWithinTheLargestFileOfAnEqualShare() {
        Random random = new Random(9);
        for (int round = 0; round < 500; round++) {
            long[] bytes = LongStream.generate(() -> 1 + (long) Math.pow(random.nextInt(1000), 2))
                    .limit(1 + random.nextInt(300)).toArray();
            List<PlannedSize> planned = sizes(bytes);
            int grid = 1 + random.nextInt(16);
            List<Share> shares = FilePartitioner.balance(planned, grid);

            assertThat(shares).hasSize(Math.min(grid, planned.size())).allSatisfy(s -> assertThat(s.files()).isPositive());
            long next = 1;
            for (Share share : shares) {
                assertThat(share.firstFileId()).as("consecutive, no file left out").isEqualTo(next);
                assertThat(share.lastFileId() - share.firstFileId() + 1).isEqualTo(share.files());
                assertThat(share.bytes()).isEqualTo(LongStream.rangeClosed(share.firstFileId(), share.lastFileId())
                        .map(id -> bytes[(int) id - 1]).sum());
                next = share.lastFileId() + 1;
            }
            assertThat(next - 1).isEqualTo(bytes.length);
            double equal = (double) LongStream.of(bytes).sum() / shares.size();
            long largestFile = LongStream.of(bytes).max().orElseThrow();
            assertThat(shares).allSatisfy(s -> assertThat(Math.abs(s.bytes() - equal)).isLessThanOrEqualTo(largestFile));
        }
    }

    @Test
    void theFilesNeedNotBeListedInIdOrderNorHaveConsecutiveIds() {
        List<PlannedSize> planned = List.of(new PlannedSize(40, 5), new PlannedSize(12, 5), new PlannedSize(31, 5),
                new PlannedSize(7, 5));
        assertThat(FilePartitioner.balance(planned, 2))
                .containsExactly(new Share(7, 12, 2, 10), new Share(31, 40, 2, 10));
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
