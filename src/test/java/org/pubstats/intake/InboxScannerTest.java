package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox is a boundary: what the scanner reads, and what it lists with a reason instead. */
class InboxScannerTest {

    @TempDir
    Path temp;

    private Path root;
    private Map<String, InboxFile> listed;

    @BeforeEach
    void scanHostileInbox() throws Exception {
        root = HostileInbox.write(temp);
        // a FIFO must never be opened (opening one blocks until a writer comes)
        List<InboxFile> files = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> InboxScanner.scan(root));
        listed = files.stream().collect(Collectors.toMap(InboxFile::relPath, Function.identity()));
    }

    @Test
    void readsOnlyTheRegularFilesInsideTheInbox() {
        assertThat(listed.values().stream().filter(InboxFile::readable).map(InboxFile::relPath))
                .containsExactlyInAnyOrder("财政局/目录.csv", "教育局/目录.csv");
        assertThat(listed.get("财政局/目录.csv").department()).isEqualTo("财政局");
    }

    @Test
    void aNameWithBackslashesIsOneNameListedNeverSplit() {
        assertSkipped(HostileInbox.BACKSLASH_NAME, ReasonCode.BACKSLASH_NAME.code(), "反斜杠");
        assertSkipped("财政局/" + HostileInbox.BACKSLASH_NAME, ReasonCode.BACKSLASH_NAME.code(), "反斜杠");
        assertThat(listed.get(HostileInbox.BACKSLASH_NAME).department()).as("no department from a hostile name").isEmpty();
        assertSkipped("a\\b", ReasonCode.BACKSLASH_NAME.code(), "反斜杠");
        assertThat(listed).as("a folder with a backslash name is listed once").doesNotContainKey("a\\b/inner.csv");
        assertThat(listed.keySet()).noneMatch(p -> p.contains("tmp/x"));
    }

    @Test
    void linksAreListedNotFollowedWithWhereTheyPointWhenOutside() {
        assertSkipped("财政局/链接.csv", ReasonCode.SYMLINK.code(), "收件箱以外")
                .contains(temp.resolve("outside/secret.csv").toString());
        assertSkipped("财政局/相对链接.csv", ReasonCode.SYMLINK.code(), "收件箱以外的 ../../outside/secret.csv");
        assertSkipped("外部文件夹", ReasonCode.SYMLINK.code(), "收件箱以外");
        assertThat(listed.keySet()).noneMatch(p -> p.startsWith("外部文件夹/"));
    }

    @Test
    void linkLoopsAreListedAndDoNotStopTheScan() {
        assertSkipped("教育局/循环", ReasonCode.SYMLINK.code(), "链接");
        assertThat(listed.get("教育局/循环").skip().message()).doesNotContain("收件箱以外");
        assertSkipped("教育局/甲.csv", ReasonCode.SYMLINK.code(), "链接");
        assertSkipped("教育局/乙.csv", ReasonCode.SYMLINK.code(), "链接");
    }

    @Test
    void aFifoIsNotARegularFile() {
        assertSkipped("教育局/管道.csv", ReasonCode.NOT_REGULAR_FILE.code(), "不是普通文件");
    }

    @Test
    void hiddenFilesAreListedAndAHiddenFolderOnce() {
        assertSkipped("教育局/.DS_Store", ReasonCode.HIDDEN_FILE.code(), "隐藏文件");
        assertSkipped(".hidden.csv", ReasonCode.HIDDEN_FILE.code(), "隐藏文件");
        assertSkipped("教育局/..csv", ReasonCode.HIDDEN_FILE.code(), "隐藏文件");
        assertSkipped(".git", ReasonCode.HIDDEN_FOLDER.code(), "隐藏文件夹");
        assertThat(listed.keySet()).noneMatch(p -> p.startsWith(".git/"));
        assertThat(listed.get(".git").department()).as("a dot name is never a department").isEmpty();
        assertThat(listed.get(".hidden.csv").department()).isEmpty();
    }

    @Test
    void officeLockFilesAreListed() {
        assertSkipped("财政局/~$目录.xlsx", ReasonCode.OFFICE_LOCK_FILE.code(), "~$");
        assertThat(listed.get("财政局/~$目录.xlsx").department()).isEqualTo("财政局");
    }

    @Test
    void everyEntryNotReadHasNoRowsAndAStableHashForItsReason() throws Exception {
        for (InboxFile file : listed.values()) {
            if (!file.readable()) {
                assertThat(file.size()).isZero();
                assertThat(file.sha256()).startsWith("skip:");
            }
        }
        Map<String, String> again = InboxScanner.scan(root).stream()
                .collect(Collectors.toMap(InboxFile::relPath, InboxFile::sha256));
        assertThat(again).as("scanning again gives the same listing").isEqualTo(
                listed.values().stream().collect(Collectors.toMap(InboxFile::relPath, InboxFile::sha256)));
    }

    @Test
    void aNameTheCharsetCannotDecodeIsListed() throws Exception {
        Path folder = temp.resolve("bytes");
        Files.createDirectories(folder.resolve("水务局"));
        Files.writeString(folder.resolve("水务局/目录.csv"), "标题,发布日期\n通知,2018-01-01\n");
        Process touch = new ProcessBuilder("bash", "-c", "touch \"$1\"/$'\\xff\\xfe.csv'", "bash",
                folder.resolve("水务局").toString()).inheritIO().start();
        assertThat(touch.waitFor()).isZero();
        List<InboxFile> files = InboxScanner.scan(folder);
        assertThat(files).hasSize(2);
        assertThat(files).filteredOn(InboxFile::readable).extracting(InboxFile::relPath).containsExactly("水务局/目录.csv");
        assertThat(files).filteredOn(f -> !f.readable()).singleElement()
                .satisfies(f -> assertThat(f.skip().code()).isEqualTo(ReasonCode.UNDECODABLE_NAME.code()));
    }

    @Test
    void anEntryThatCannotBeOpenedIsListedNeverThrown() throws Exception {
        // root reads anything, so the failures the walk reports are given to the visitor directly
        InboxScanner.Visitor visitor = new InboxScanner.Visitor(root, root.toRealPath());
        visitor.visitFileFailed(root.resolve("财政局/锁住.xlsx"), new AccessDeniedException("财政局/锁住.xlsx"));
        visitor.visitFileFailed(root.resolve("教育局"), new AccessDeniedException("教育局"));
        visitor.visitFileFailed(root.resolve("财政局/坏盘.xls"), new FileSystemException("财政局/坏盘.xls", null, "Input/output error"));
        visitor.postVisitDirectory(root.resolve("财政局"), new IOException("listing broke off"));
        Map<String, InboxFile> failed = visitor.listed().stream().collect(Collectors.toMap(InboxFile::relPath, Function.identity()));
        assertThat(failed.get("财政局/锁住.xlsx").skip()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.PERMISSION_DENIED.code());
            assertThat(r.message()).contains("没有权限打开此文件");
        });
        assertThat(failed.get("教育局").skip()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.PERMISSION_DENIED.code());
            assertThat(r.message()).contains("没有权限打开此文件夹");
        });
        assertThat(failed.get("财政局/坏盘.xls").skip().code()).isEqualTo(ReasonCode.UNREADABLE_ENTRY.code());
        assertThat(failed.get("财政局").skip().code()).isEqualTo(ReasonCode.UNREADABLE_ENTRY.code());
        assertThatThrownBy(() -> visitor.visitFileFailed(root, new AccessDeniedException(root.toString())))
                .as("the inbox itself failing stops the scan: an empty listing would withdraw every file")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnreadableFileIsListedWhenPermissionsApply() throws Exception {
        Path file = root.resolve("财政局/目录.csv");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Path folder = root.resolve("教育局");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
            Map<String, InboxFile> scanned = InboxScanner.scan(root).stream()
                    .collect(Collectors.toMap(InboxFile::relPath, Function.identity()));
            assertThat(scanned.get("财政局/目录.csv").skip().code()).isEqualTo(ReasonCode.PERMISSION_DENIED.code());
            assertThat(scanned.get("教育局").skip().code()).isEqualTo(ReasonCode.PERMISSION_DENIED.code());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private org.assertj.core.api.AbstractStringAssert<?> assertSkipped(String relPath, String code, String words) {
        assertThat(listed).containsKey(relPath);
        InboxFile file = listed.get(relPath);
        assertThat(file.readable()).as("%s is not read", relPath).isFalse();
        assertThat(file.skip().code()).as("reason of %s", relPath).isEqualTo(code);
        assertThat(file.skip().message()).as("message of %s", relPath).contains(words).contains("未读取");
        return assertThat(file.skip().message());
    }
}
