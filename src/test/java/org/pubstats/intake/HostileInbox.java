package org.pubstats.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pubstats.support.Inbox;

/**
 * An inbox with one regular CSV per department and, beside them, every entry that must not be read: names with
 * backslashes (as a Windows zip leaves them on Linux), links to a file and a folder outside, a link loop, a FIFO,
 * hidden files, a hidden folder, an Office lock file. The files outside hold a title that must never be counted.
 */
public final class HostileInbox {

    /** A title only the files outside the inbox hold. */
    public static final String SECRET_TITLE = "收件箱以外的机密文件";
    public static final String BACKSLASH_NAME = "\\..\\..\\..\\tmp\\x\\secret.csv";

    private HostileInbox() {
    }

    /** Writes the inbox under {@code temp/inbox} and the files outside under {@code temp/outside}; returns the inbox. */
    public static Path write(Path temp) throws IOException, InterruptedException {
        Path outside = temp.resolve("outside");
        Files.createDirectories(outside.resolve("folder"));
        byte[] secret = csv(List.of(List.of("标题", "发布日期", "公开渠道"), List.of(SECRET_TITLE, "2018-06-01", "政府网站")));
        Files.write(outside.resolve("secret.csv"), secret);
        Files.write(outside.resolve("folder/secret.csv"), secret);

        Path root = temp.resolve("inbox");
        Inbox inbox = new Inbox(root);
        inbox.csv("财政局/目录.csv", List.of(List.of("标题", "发布日期", "公开渠道"),
                List.of("预算公开", "2018-01-10", "政府网站"),
                List.of("决算公开", "2018-02-10", "政府网站")));
        inbox.csv("教育局/目录.csv", List.of(List.of("标题", "发布日期", "公开渠道"),
                List.of("招生简章", "2018-03-10", "政府网站")));
        // one name holding backslashes, right in the inbox and in a department folder; and a folder named so
        inbox.write(BACKSLASH_NAME, secret);
        inbox.write("财政局/" + BACKSLASH_NAME, secret);
        inbox.write("a\\b/inner.csv", secret);
        Files.createSymbolicLink(root.resolve("财政局/链接.csv"), outside.resolve("secret.csv"));
        Files.createSymbolicLink(root.resolve("财政局/相对链接.csv"), Path.of("../../outside/secret.csv"));
        Files.createSymbolicLink(root.resolve("外部文件夹"), outside.resolve("folder"));
        Files.createSymbolicLink(root.resolve("教育局/循环"), root.resolve("教育局"));
        Files.createSymbolicLink(root.resolve("教育局/甲.csv"), root.resolve("教育局/乙.csv"));
        Files.createSymbolicLink(root.resolve("教育局/乙.csv"), root.resolve("教育局/甲.csv"));
        mkfifo(root.resolve("教育局/管道.csv"));
        inbox.write("教育局/.DS_Store", new byte[] {0, 0, 0, 1});
        inbox.write(".hidden.csv", secret);
        inbox.write("教育局/..csv", secret);
        inbox.write(".git/config", "[core]\n".getBytes(StandardCharsets.UTF_8));
        inbox.write(".git/objects/ab/cdef", secret);
        inbox.write("财政局/~$目录.xlsx", new byte[] {1, 2, 3});
        return root;
    }

    public static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
