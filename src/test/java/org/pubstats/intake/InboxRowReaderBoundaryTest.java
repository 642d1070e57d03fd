package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.format.TableFormats;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Between the plan and the load a planned file may be swapped for a link, a FIFO or a stored path may not be
 * safe: the reader checks again when it opens the file and rejects it as a whole, never reading outside the
 * inbox and never blocking on a FIFO.
 */
class InboxRowReaderBoundaryTest {

    @TempDir
    Path temp;

    @Test
    void theReaderOpensOnlyAFileProvenInsideTheInbox() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox/财政局")).getParent();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        String csv = "标题,发布日期\n预算公开,2018-01-10\n";
        Files.writeString(outside.resolve("secret.csv"), "标题,发布日期\n机密,2018-01-10\n");
        Files.writeString(inbox.resolve("财政局/目录.csv"), csv);
        Files.createSymbolicLink(inbox.resolve("财政局/换成链接.csv"), outside.resolve("secret.csv"));
        HostileInbox.mkfifo(inbox.resolve("财政局/换成管道.csv"));
        List<PlannedFile> plan = List.of(
                new PlannedFile(new FileRef(1, "财政局/目录.csv", "财政局"), inbox),
                new PlannedFile(new FileRef(2, "财政局/换成链接.csv", "财政局"), inbox),
                new PlannedFile(new FileRef(3, "财政局/换成管道.csv", "财政局"), inbox),
                new PlannedFile(new FileRef(4, "../outside/secret.csv", "财政局"), inbox),
                new PlannedFile(new FileRef(5, "\\..\\outside\\secret.csv", "财政局"), inbox));
        InboxRowReader reader = new InboxRowReader(() -> plan, TableFormats.standard(),
                HeaderSynonyms.load(Path.of("jobs/header-synonyms.csv")), new IntakeProgress());

        List<IntakeRecord> records = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            reader.open(new ExecutionContext());
            List<IntakeRecord> all = new ArrayList<>();
            for (IntakeRecord record = reader.read(); record != null; record = reader.read()) {
                all.add(record);
            }
            reader.close();
            return all;
        });

        assertThat(records).filteredOn(FileEnd.class::isInstance).map(r -> ((FileEnd) r).file().fileId()).containsExactly(1L);
        assertThat(records).filteredOn(FileFailed.class::isInstance).map(r -> ((FileFailed) r).reason())
                .containsExactly(ReasonCode.SYMLINK.code(), ReasonCode.NOT_REGULAR_FILE.code(), ReasonCode.OUTSIDE_INBOX.code(),
                        ReasonCode.BACKSLASH_NAME.code());
        assertThat(records).filteredOn(SourceRow.class::isInstance).allSatisfy(r -> assertThat(r.toString()).doesNotContain("机密"));
    }
}
