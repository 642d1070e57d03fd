package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.UnreadableFileException;

/**
 * Text files are decoded strictly from the first byte to the last: bytes that are not valid in
 * the file's encoding never become text (no U+FFFD, no mojibake); the row they are on is flagged,
 * named by its physical line, and the rows around it are read as written.
 */
class StrictDecodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final CsvFormat format = new CsvFormat();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private Rows read(byte[] content) throws Exception {
        return Rows.read(format, Files.write(dir.resolve("a.csv"), content));
    }

    private static void assertNoReplacementCharacter(Rows rows) {
        for (RawRow row : rows.rows()) {
            assertThat(String.join(",", row.cells())).as("row %d", row.rowNumber()).doesNotContain("\uFFFD");
        }
    }

    private static List<Integer> badRows(Rows rows) {
        return rows.rows().stream().filter(r -> !r.decodedCleanly()).map(RawRow::rowNumber).toList();
    }

    @Test
    void gbkRowsBehindAUtf8BomWithAnAsciiHeaderAreEachFlagged() throws Exception {
        byte[] content = concat(UTF8_BOM, "title,date,channel\n".getBytes(StandardCharsets.US_ASCII),
                "关于预算的通知,2018-03-05,政府网站\n县政府工作报告,2018-03-06,政府网站\n".getBytes(GBK));

        Rows rows = read(content);

        assertThat(rows.row("", 1).decodedCleanly()).isTrue();
        assertThat(badRows(rows)).containsExactly(2, 3);
        assertThat(rows.row("", 2).undecodable()).contains("第2行").contains("UTF-8").contains("UTF-8标记");
        assertThat(rows.row("", 3).undecodable()).contains("第3行");
        assertThat(rows.cells("", 2).get(0)).as("the bytes are shown, not guessed").startsWith("\\x");
        assertThat(rows.cells("", 2).get(1)).isEqualTo("2018-03-05");
        assertNoReplacementCharacter(rows);
    }

    @Test
    void gbkRowsAfterAMegabyteOfUtf8AreFlaggedAndTheUtf8RowsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("信息标题,发布日期,公开渠道\n".getBytes(StandardCharsets.UTF_8));
        int line = 1;
        while (out.size() <= CsvSample.HEAD_BYTES + 10_000) {
            line++;
            out.writeBytes(("关于第" + line + "号文件的公告,2018-03-05,政府网站\n").getBytes(StandardCharsets.UTF_8));
        }
        int lastUtf8 = line;
        out.writeBytes("关于预算的通知,2018-04-01,政府网站\n".getBytes(GBK));
        out.writeBytes("中文之后的好行,2018-04-02,政府网站\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("县政府工作报告,2018-04-03,政府网站\n".getBytes(GBK));

        Rows rows = read(out.toByteArray());

        assertThat(rows.rows()).hasSize(lastUtf8 + 3);
        assertThat(badRows(rows)).containsExactly(lastUtf8 + 1, lastUtf8 + 3);
        assertThat(rows.row("", lastUtf8 + 1).undecodable()).contains("第" + (lastUtf8 + 1) + "行").contains("UTF-8");
        assertThat(rows.cells("", lastUtf8)).containsExactly("关于第" + lastUtf8 + "号文件的公告", "2018-03-05", "政府网站");
        assertThat(rows.cells("", lastUtf8 + 2)).containsExactly("中文之后的好行", "2018-04-02", "政府网站");
        assertNoReplacementCharacter(rows);
    }

    @Test
    void aSingleBadByteInTheMiddleFlagsOnlyItsRowAndKeepsTheFileUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("信息标题,发布日期\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 2; i <= 100; i++) {
            out.writeBytes(("通知" + i + ",2018-03-05").getBytes(StandardCharsets.UTF_8));
            if (i == 50) {
                out.write(0xFF);
            }
            out.write('\n');
        }

        Rows rows = read(out.toByteArray());

        assertThat(badRows(rows)).containsExactly(50);
        assertThat(rows.row("", 50).undecodable()).contains("第50行").contains("\\xFF");
        assertThat(rows.cells("", 51)).containsExactly("通知51", "2018-03-05");
        assertThat(rows.cells("", 1)).containsExactly("信息标题", "发布日期");
        assertNoReplacementCharacter(rows);
    }

    @Test
    void aBadByteInAGbkFileFlagsOnlyItsRow() throws Exception {
        byte[] content = concat("信息标题,发布日期\n通知甲,2018-03-05\n通知".getBytes(GBK), new byte[] {(byte) 0xFF},
                "乙,2018-03-06\n通知丙,2018-03-07\n".getBytes(GBK));

        Rows rows = read(content);

        assertThat(badRows(rows)).containsExactly(3);
        assertThat(rows.row("", 3).undecodable()).contains("GBK");
        assertThat(rows.cells("", 4)).containsExactly("通知丙", "2018-03-07");
        assertNoReplacementCharacter(rows);
    }

    @Test
    void utf16OfOddLengthFlagsTheLastLine() throws Exception {
        byte[] content = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "标题\t发布日期\r\n通知甲\t2018-03-05\r\n通知乙\t2018-03-06".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x41});

        Rows rows = read(content);

        assertThat(rows.cells("", 2)).containsExactly("通知甲", "2018-03-05");
        assertThat(badRows(rows)).containsExactly(3);
        assertThat(rows.row("", 3).undecodable()).contains("第3行").contains("UTF-16");
        assertNoReplacementCharacter(rows);
    }

    @Test
    void aBadByteInAQuotedMultiLineRecordFlagsTheRecordByItsFirstLine() throws Exception {
        byte[] content = concat("标题,发布日期\r\n\"第一行\r\n第二".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3}, "行\",2018-03-05\r\n好行,2018-03-06\r\n".getBytes(StandardCharsets.UTF_8));

        Rows rows = read(content);

        assertThat(badRows(rows)).containsExactly(2);
        assertThat(rows.row("", 2).undecodable()).contains("第3行");
        assertThat(rows.cells("", 4)).containsExactly("好行", "2018-03-06");
    }

    @Test
    void textInNoKnownEncodingIsRejectedWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            out.writeBytes(("row" + i + ",").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0xFF, '\n'});
        }

        assertThatThrownBy(() -> read(out.toByteArray()))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo("BAD_ENCODING");
                    assertThat(e.getMessage()).contains("UTF-8").contains("GBK");
                });
    }

    @Test
    void cleanFilesAreUnflagged() throws Exception {
        Rows rows = read("信息标题,发布日期\r通知,2018-03-05\r".getBytes(StandardCharsets.UTF_8));

        assertThat(badRows(rows)).isEmpty();
        assertThat(rows.cells("", 2)).containsExactly("通知", "2018-03-05");
    }
}
