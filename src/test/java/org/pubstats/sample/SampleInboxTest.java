package org.pubstats.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleInboxTest {

    private static final List<Integer> SEED_ROW = List.of(4419, 1830, 17, 1002, 170, 2, 5);

    @TempDir
    static Path temp;
    static Path first;

    @BeforeAll
    static void writeOnce() throws IOException {
        first = temp.resolve("a/huma-2018");
        SampleInbox.write(first);
    }

    @Test
    void theModelGivesTheSeedRow() {
        SampleModel model = SampleModel.build();
        ExpectedFigures fromRows = ExpectedFigures.fromRows(model, 2018);
        assertThat(fromRows.countyRow()).isEqualTo(SEED_ROW);
        assertThat(fromRows.interpretations()).isEqualTo(17);
        assertThat(fromRows).isEqualTo(ExpectedFigures.SEED_2018);
        // what the rows show, united per item, is what the items are
        assertThat(ExpectedFigures.fromItems(model, 2018)).isEqualTo(fromRows);
    }

    @Test
    void theModelHasTheTrapsTheSpecAsksFor() {
        SampleModel model = SampleModel.build();
        Map<SampleItemRow.Role, Long> roles = new TreeMap<>();
        model.rows().forEach(r -> roles.merge(r.role(), 1L, Long::sum));
        assertThat(roles.get(SampleItemRow.Role.SAME_INDEX)).isGreaterThanOrEqualTo(20);
        assertThat(roles.get(SampleItemRow.Role.SAME_URL)).isGreaterThanOrEqualTo(20);
        assertThat(roles.get(SampleItemRow.Role.SAME_TITLE_DATE)).isGreaterThanOrEqualTo(100);
        assertThat(roles.get(SampleItemRow.Role.CHAIN_D)).isEqualTo(6);
        assertThat(model.rows().stream().filter(SampleItemRow::isReject).count()).isBetween(24L, 60L);
        assertThat(model.rows().stream().filter(r -> !r.isReject() && r.date().getYear() != 2018).count())
                .isGreaterThan(50);
        assertThat(model.profiles()).hasSize(99);
    }

    /** Reads the written files back with an independent reader and merger: the seed row again. */
    @Test
    void theWrittenInboxReadsBackToTheSeedRow() throws IOException {
        InboxReadBack back = new InboxReadBack(first, Path.of("jobs"), 2018).read();
        SampleModel model = SampleModel.build();
        assertThat(back.rejectedFiles).as("truncated xlsx, random-bytes xls, empty csv").isEqualTo(3);
        assertThat(back.skippedFiles).as("docx and pdf").isEqualTo(2);
        assertThat(back.rejectedRows).isEqualTo(model.rows().stream().filter(SampleItemRow::isReject).count());
        assertThat(back.rows).hasSize((int) model.rows().stream().filter(r -> !r.isReject()).count());
        List<Integer> f = back.figures();
        assertThat(f.subList(0, 7)).isEqualTo(SEED_ROW);
        assertThat(f.get(7)).as("政策解读").isEqualTo(17);
        assertThat(f.get(8)).as("distinct items of 2018").isEqualTo(4569);
        assertThat(Files.readString(SampleInbox.expectedReportOf(first)))
                .contains("| 数量 | 4419 | 1830 | 17 | 1002 | 170 | 2 | 5 |");
    }

    @Test
    void regeneratingGivesTheSameBytes() throws IOException {
        Path second = temp.resolve("b/huma-2018");
        SampleInbox.write(second);
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        assertThat(Files.readAllBytes(SampleInbox.expectedReportOf(second)))
                .isEqualTo(Files.readAllBytes(SampleInbox.expectedReportOf(first)));
        long size = a.values().stream().mapToLong(x -> x.length).sum();
        assertThat(size).isLessThan(5_000_000L);
    }

    /** The committed {@code sample-data/huma-2018/} is exactly what {@code ./mvnw -q test-compile exec:java} writes. */
    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("sample-data/huma-2018");
        Map<String, byte[]> generated = contents(first);
        Map<String, byte[]> inRepository = contents(committed);
        assertThat(inRepository.keySet()).isEqualTo(generated.keySet());
        generated.forEach((name, bytes) -> assertThat(inRepository.get(name)).as(name).isEqualTo(bytes));
        assertThat(Files.readAllBytes(SampleInbox.expectedReportOf(committed)))
                .isEqualTo(Files.readAllBytes(SampleInbox.expectedReportOf(first)));
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
