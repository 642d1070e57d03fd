package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8 end to end: the run completes over an inbox of hostile files, lists each rejected file
 * and row with its reason, loads the good rows around the undecodable ones, and no accepted value
 * holds U+FFFD or mojibake.
 */
class HostileFilesRunTest extends WarehouseTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void hostileFilesAreRejectedWithTheirReasonsAndTheRunCompletes() throws Exception {
        Path root = temp.resolve("inbox");
        Inbox inbox = new Inbox(root);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        inbox.write("民政局/gbk-behind-bom.csv", Inbox.concat(bom, "title,date\n".getBytes(StandardCharsets.US_ASCII),
                "低保标准公示,2018-05-05\n临时救助办法,2018-05-06\n".getBytes(GBK)));
        inbox.write("教育局/mixed.csv", Inbox.concat(
                "信息标题,发布日期\n关于秋季开学的通知,2018-09-01\n".getBytes(StandardCharsets.UTF_8),
                "校车安全提示,2018-09-03\n".getBytes(GBK),
                "招生简章,2018-09-05\n".getBytes(StandardCharsets.UTF_8)));
        inbox.write("水务局/header-in-gbk.csv", Inbox.concat(bom, "信息标题,发布日期\n防汛通知,2018-06-01\n".getBytes(GBK)));
        Files.createDirectories(root.resolve("水务局"));
        Files.move(BadFiles.sheetBomb(temp, "bomb.xlsx"), root.resolve("水务局/炸弹.xlsx"));
        Files.move(BadFiles.sharedStringsBomb(temp, "strings.xlsx"), root.resolve("水务局/字符串.xlsx"));

        Path out = temp.resolve("out");
        assertThat(runCommand.run(new RunOptions(root, 2018, out))).isZero();

        List<String> rejected = Files.readAllLines(out.resolve("rejected-2018.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("民政局/gbk-behind-bom.csv,,2,BAD_ENCODING,").contains("UTF-8"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("民政局/gbk-behind-bom.csv,,3,BAD_ENCODING,").contains("第3行"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("教育局/mixed.csv,,3,BAD_ENCODING,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/header-in-gbk.csv,,,BAD_ENCODING,").contains("第1行"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/炸弹.xlsx,,,SUSPICIOUS_FILE,"));
        assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith("水务局/字符串.xlsx,,,TOO_LARGE,"));
        assertThat(rejected).hasSize(1 + 6);

        assertThat(jdbc.queryForList("SELECT title FROM item_row ORDER BY title", String.class))
                .containsExactly("关于秋季开学的通知", "招生简章");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row WHERE title LIKE '%\uFFFD%'", Integer.class)).isZero();
        Map<String, Object> mixed = jdbc.queryForMap("SELECT * FROM source_file WHERE rel_path = '教育局/mixed.csv'");
        assertThat(mixed).containsEntry("rows_read", 4).containsEntry("rows_accepted", 2)
                .containsEntry("rows_rejected", 1).containsEntry("rows_skipped", 1);
    }
}
