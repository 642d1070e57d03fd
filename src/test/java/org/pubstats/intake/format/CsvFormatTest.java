package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.UnreadableFileException;

class CsvFormatTest {

    private static final String TABLE = "信息标题,发布日期,公开渠道\n关于2018年预算的通知,2018-03-05,政府网站\n";

    @TempDir
    Path dir;

    private final CsvFormat format = new CsvFormat();

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private Path file(String name, String content, Charset charset) throws Exception {
        return file(name, content.getBytes(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Rows rows = Rows.read(format, file("a.csv", TABLE, StandardCharsets.UTF_8));

        assertThat(rows.cells("", 1)).containsExactly("信息标题", "发布日期", "公开渠道");
        assertThat(rows.cells("", 2)).containsExactly("关于2018年预算的通知", "2018-03-05", "政府网站");
        assertThat(rows.skipped()).isEmpty();
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Rows rows = Rows.read(format, file("a.csv", concat(bom, TABLE.getBytes(StandardCharsets.UTF_8))));

        assertThat(rows.cells("", 1)).containsExactly("信息标题", "发布日期", "公开渠道");
    }

    @Test
    void readsGb18030AsWrittenByExcelOnChineseWindows() throws Exception {
        Rows rows = Rows.read(format, file("a.csv", TABLE, CsvEncoding.GB18030));

        assertThat(rows.cells("", 2)).containsExactly("关于2018年预算的通知", "2018-03-05", "政府网站");
    }

    @Test
    void readsExcelUnicodeTextAsUtf16WithTabs() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        String text = TABLE.replace(',', '\t');
        Rows rows = Rows.read(format, file("a.txt", concat(bom, text.getBytes(StandardCharsets.UTF_16LE))));

        assertThat(rows.cells("", 2)).containsExactly("关于2018年预算的通知", "2018-03-05", "政府网站");
    }

    @Test
    void aUtf8CharacterCutAtTheSampleEndStillMeansUtf8() throws Exception {
        // "ab" then 3-byte characters: the sample boundary falls inside one of them
        String longCell = "ab" + "中".repeat(CsvSample.HEAD_BYTES / 3 + 10);
        assertThat((CsvSample.HEAD_BYTES - 2) % 3).isNotZero();
        Rows rows = Rows.read(format, file("a.csv", longCell + "\n标题,日期\n", StandardCharsets.UTF_8));

        assertThat(rows.cells("", 1)).containsExactly(longCell);
        assertThat(rows.cells("", 2)).containsExactly("标题", "日期");
    }

    @Test
    void gb18030AfterAMegabyteOfAsciiIsStillRecognised() throws Exception {
        String text = "title,date\n" + "notice,2018-03-05\n".repeat(70_000) + "关于预算的通知,2018-03-06\n";
        Rows rows = Rows.read(format, file("a.csv", text, CsvEncoding.GB18030));

        assertThat(rows.cells("", 70_002)).containsExactly("关于预算的通知", "2018-03-06");
    }

    @Test
    void detectsTabAndSemicolonSeparators() throws Exception {
        Rows tabs = Rows.read(format, file("t.txt", TABLE.replace(',', '\t'), StandardCharsets.UTF_8));
        Rows semicolons = Rows.read(format, file("s.csv",
                "标题;日期\n\"通知,第一号\";2018-03-05\n\"公告,第二号\";2018-03-06\n", StandardCharsets.UTF_8));

        assertThat(tabs.cells("", 2)).containsExactly("关于2018年预算的通知", "2018-03-05", "政府网站");
        assertThat(semicolons.cells("", 2)).containsExactly("通知,第一号", "2018-03-05");
    }

    @Test
    void aTitleLineAboveTheHeaderDoesNotConfuseTheSeparator() throws Exception {
        String text = "呼玛县2018年政府信息公开目录\n" + TABLE.replace(',', '\t') + "第二条\t2018-03-06\t微信\n";
        Rows rows = Rows.read(format, file("t.txt", text, StandardCharsets.UTF_8));

        assertThat(rows.cells("", 1)).containsExactly("呼玛县2018年政府信息公开目录");
        assertThat(rows.cells("", 4)).containsExactly("第二条", "2018-03-06", "微信");
    }

    @Test
    void quotedLineBreaksKeepTheRowNumberOfTheRecordStart() throws Exception {
        String text = "标题,日期\r\n"
                + "\"第一行\r\n第二行\r\n第三行\",2018-03-05\r\n"
                + "普通标题,2018-03-06\r\n"
                + "\r\n"
                + "\"带\"\"引号\"\"的标题\",2018-03-07\r\n";
        Rows rows = Rows.read(format, file("a.csv", text, StandardCharsets.UTF_8));

        assertThat(rows.positions()).containsExactly("!1", "!2", "!5", "!6", "!7");
        assertThat(rows.cells("", 2)).containsExactly("第一行\n第二行\n第三行", "2018-03-05");
        assertThat(rows.cells("", 5)).containsExactly("普通标题", "2018-03-06");
        assertThat(rows.cells("", 6)).isEmpty();
        assertThat(rows.cells("", 7)).containsExactly("带\"引号\"的标题", "2018-03-07");
    }

    @Test
    void aLineOfSeparatorsIsABlankRow() throws Exception {
        Rows rows = Rows.read(format, file("a.csv", "标题,日期\n,,\n", StandardCharsets.UTF_8));

        assertThat(rows.cells("", 2)).isEmpty();
    }

    @Test
    void backslashesAreOrdinaryCharacters() throws Exception {
        Rows rows = Rows.read(format, file("a.csv", "标题,路径\n\"a\\\",C:\\公开\\\n", StandardCharsets.UTF_8));

        assertThat(rows.cells("", 2)).containsExactly("a\\", "C:\\公开\\");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsWritten() throws Exception {
        Rows rows = Rows.read(format, file("a.csv", "标题,日期\n55\"电子屏上线,2018-03-05\n", StandardCharsets.UTF_8));

        assertThat(rows.cells("", 2)).containsExactly("55\"电子屏上线", "2018-03-05");
    }

    @Test
    void anUnclosedQuoteRejectsTheFileNamingTheLine() throws Exception {
        StringBuilder text = new StringBuilder("标题,日期\n\"没有结束引号,2018-03-05\n");
        text.append("普通,2018-03-06\n".repeat(1_000));
        Path file = file("a.csv", text.toString(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Rows.read(format, file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo("UNREADABLE_FILE");
                    assertThat(e.getMessage()).contains("第2行");
                });
    }

    @Test
    void onlyBlankLinesOrJustABomIsAnEmptyFile() throws Exception {
        Path blankLines = file("blank.csv", "\n\r\n,,\n", StandardCharsets.UTF_8);
        Path bomOnly = file("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertThatThrownBy(() -> Rows.read(format, blankLines))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo("EMPTY_FILE"));
        assertThatThrownBy(() -> Rows.read(format, bomOnly))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo("EMPTY_FILE"));
    }

    @Test
    void blankLinesBeforeTheFirstDataAreStillHandedOut() throws Exception {
        Rows rows = Rows.read(format, file("a.csv", "\n\n标题,日期\n", StandardCharsets.UTF_8));

        assertThat(rows.positions()).containsExactly("!1", "!2", "!3");
    }
}
