package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8: a run over an inbox holding links outside, backslash names, a link loop, a FIFO, hidden and lock
 * files finishes, counts the regular files' rows only, reads nothing from outside, and lists every entry it did
 * not read in files-YYYY.csv with its reason code and a sentence for the office.
 */
class HostileInboxRunTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void aHostileInboxRunsAndListsWhatItDidNotRead() throws Exception {
        Path root = HostileInbox.write(temp);
        Path out = temp.resolve("out");

        assertThat(runCommand.run(new RunOptions(root, 2018, out))).isZero();

        assertThat(Files.readAllLines(out.resolve("county-summary-2018.csv"), StandardCharsets.UTF_8).get(1))
                .as("the three rows of the two regular files, nothing from outside").isEqualTo("数量,3,0,0,0,0,0,0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_row WHERE title = ?", Integer.class, HostileInbox.SECRET_TITLE))
                .isZero();

        Map<String, Map<String, Object>> files = jdbc.queryForList(
                        "SELECT rel_path, department, kind, rows_read, rows_accepted, rows_rejected, rows_skipped, message"
                                + " FROM source_file WHERE status = 'active'").stream()
                .collect(Collectors.toMap(f -> (String) f.get("rel_path"), f -> f));
        assertThat(files.keySet()).containsExactlyInAnyOrder("财政局/目录.csv", "教育局/目录.csv",
                HostileInbox.BACKSLASH_NAME, "财政局/" + HostileInbox.BACKSLASH_NAME, "a\\b",
                "财政局/链接.csv", "财政局/相对链接.csv", "外部文件夹", "教育局/循环", "教育局/甲.csv", "教育局/乙.csv",
                "教育局/管道.csv", "教育局/.DS_Store", ".hidden.csv", "教育局/..csv", ".git", "财政局/~$目录.xlsx");
        for (Map<String, Object> file : files.values()) {
            assertThat((Integer) file.get("rows_read")).as("read = accepted + rejected + skipped in %s", file.get("rel_path"))
                    .isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_rejected")
                            + (Integer) file.get("rows_skipped"));
            if (!file.get("kind").equals("items")) {
                assertThat(file).as("%s", file.get("rel_path")).containsEntry("kind", "skipped").containsEntry("rows_read", 0);
            }
        }

        List<String> lines = Files.readAllLines(out.resolve("files-2018.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith("file,department,kind,sheets,rows_read,accepted,rejected,skipped,reason,message");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("财政局/链接.csv,财政局,skipped,0,0,0,0,0,SYMLINK,这是一个链接")
                .contains("收件箱以外的 " + temp.resolve("outside/secret.csv")));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("外部文件夹,,skipped,0,0,0,0,0,SYMLINK,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("教育局/管道.csv,教育局,skipped,0,0,0,0,0,NOT_REGULAR_FILE,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("教育局/.DS_Store,教育局,skipped,0,0,0,0,0,HIDDEN_FILE,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(".git,,skipped,0,0,0,0,0,HIDDEN_FOLDER,隐藏文件夹"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("财政局/~$目录.xlsx,财政局,skipped,0,0,0,0,0,OFFICE_LOCK_FILE,"));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith(HostileInbox.BACKSLASH_NAME + ",,skipped,0,0,0,0,0,BACKSLASH_NAME,文件名中含有反斜杠"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("财政局/目录.csv,财政局,items,1,3,2,0,1,,"));

        // a second run: nothing changes, nothing is registered again
        int versions = jdbc.queryForObject("SELECT count(*) FROM source_file", Integer.class);
        assertThat(runCommand.run(new RunOptions(root, 2018, out))).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file", Integer.class)).isEqualTo(versions);
    }
}
