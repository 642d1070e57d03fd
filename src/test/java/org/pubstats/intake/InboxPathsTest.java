package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stored relative path is resolved only inside the inbox, and a file is opened only when proven inside. */
class InboxPathsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside.csv", "财政局/../../outside.csv", "财政局/./目录.csv",
            "财政局//目录.csv", "\\..\\..\\tmp\\x\\secret.csv", "财政局\\目录.csv", "..", ".", "财政局/"})
    void namesThatCouldLeaveTheInboxAreRefused(String relPath) {
        assertThat(InboxPaths.resolveInside(temp.resolve("inbox"), relPath)).isEmpty();
    }

    @Test
    void plainNamesResolveInside() {
        Path inbox = temp.resolve("inbox");
        assertThat(InboxPaths.resolveInside(inbox, "财政局/子目录/a..b.csv")).contains(inbox.resolve("财政局/子目录/a..b.csv"));
    }

    @Test
    void atOpenTimeLinksFifosAndFoldersLeadingOutsideAreRefused() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.csv"), "标题,发布日期\n");
        Files.createDirectories(inbox.resolve("财政局"));
        Files.writeString(inbox.resolve("财政局/目录.csv"), "标题,发布日期\n");
        Files.createSymbolicLink(inbox.resolve("财政局/链接.csv"), outside.resolve("secret.csv"));
        Files.createSymbolicLink(inbox.resolve("换过的文件夹"), outside); // swapped in after the scan
        HostileInbox.mkfifo(inbox.resolve("财政局/管道.csv"));

        assertThat(InboxPaths.checkedForReading(inbox, "财政局/目录.csv")).isEqualTo(inbox.resolve("财政局/目录.csv"));
        assertRefused(inbox, "财政局/链接.csv", ReasonCode.SYMLINK.code());
        assertRefused(inbox, "换过的文件夹/secret.csv", ReasonCode.OUTSIDE_INBOX.code());
        assertRefused(inbox, "财政局/管道.csv", ReasonCode.NOT_REGULAR_FILE.code());
        assertRefused(inbox, "财政局", ReasonCode.NOT_REGULAR_FILE.code());
        assertRefused(inbox, "../outside/secret.csv", ReasonCode.OUTSIDE_INBOX.code());
        assertRefused(inbox, "\\..\\outside\\secret.csv", ReasonCode.BACKSLASH_NAME.code());
        assertRefused(inbox, "财政局/不见了.csv", ReasonCode.UNREADABLE_ENTRY.code());
    }

    private static void assertRefused(Path inbox, String relPath, String code) {
        assertThatThrownBy(() -> InboxPaths.checkedForReading(inbox, relPath))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(code));
    }
}
