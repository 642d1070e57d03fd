package org.pubstats.jobsdir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobsFileTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** What Notepad or Excel may save: a comment, a header, a quoted field with a comma, a blank line. */
    private static final String TEXT = "# 公开渠道，可加行\r\nvalue,channel\r\n微信公众号,政务微信\r\n\r\n\"关于A,B的通知\",政务微博\r\n";
    private static final List<JobsLine> LINES = List.of(
            new JobsLine(2, List.of("value", "channel")),
            new JobsLine(3, List.of("微信公众号", "政务微信")),
            new JobsLine(5, List.of("关于A,B的通知", "政务微博")));

    /** 㐀 (U+3400) is in GB18030 but not in GBK; 𠀀 (U+20000) is beyond the BMP, four bytes in GB18030. */
    private static final String GB18030_ONLY = "㐀,𠀀\n";

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", TEXT.getBytes(StandardCharsets.UTF_8), LINES),
                Arguments.of("UTF-8 with BOM", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), LINES),
                Arguments.of("GBK", TEXT.getBytes(GBK), LINES),
                Arguments.of("GB18030", (TEXT + GB18030_ONLY).getBytes(GB18030),
                        Stream.concat(LINES.stream(), Stream.of(new JobsLine(6, List.of("㐀", "𠀀")))).toList()),
                Arguments.of("GB18030 with BOM", ("\uFEFF" + TEXT).getBytes(GB18030), LINES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsTheEncodingsNotepadAndExcelSave(String encoding, byte[] bytes, List<JobsLine> expected,
                                              @TempDir Path dir) throws IOException {
        Path file = dir.resolve("channels.csv");
        Files.write(file, bytes);

        JobsFile read = JobsFile.read(file);

        assertThat(read.name()).isEqualTo(file.toString());
        assertThat(read.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void theGbkBytesAreNotUtf8() {
        // else the GBK case above would prove nothing about detection
        assertThat(new String(TEXT.getBytes(GBK), StandardCharsets.UTF_8)).contains("\uFFFD");
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain fields", "a,b,c", List.of(List.of("a", "b", "c"))),
                Arguments.of("quoted field with a comma", "\"关于A,B的通知\",2018-03-05",
                        List.of(List.of("关于A,B的通知", "2018-03-05"))),
                Arguments.of("doubled quote inside quotes", "\"关于\"\"十三五\"\"规划\",x",
                        List.of(List.of("关于\"十三五\"规划", "x"))),
                Arguments.of("quotes inside an unquoted field stay", "关于\"十三五\"规划,x",
                        List.of(List.of("关于\"十三五\"规划", "x"))),
                Arguments.of("backslash is not an escape", "财办\\2018,x", List.of(List.of("财办\\2018", "x"))),
                Arguments.of("white space around fields", " 快手 ,\u3000短视频\t,\" 抖音 \"",
                        List.of(List.of("快手", "短视频", "抖音"))),
                Arguments.of("empty field inside kept, trailing ones dropped", ",a,,b,,", List.of(List.of("", "a", "", "b"))),
                Arguments.of("comments and blank lines", "# a comment, with a comma\n  # indented\n\"# quoted, by Excel\",x\n"
                        + "\n   \n,,,\n#\"odd quote\nkept,1", List.of(List.of("kept", "1"))),
                Arguments.of("CR, LF and CRLF line ends", "a\rb\nc\r\nd", List.of(List.of("a"), List.of("b"), List.of("c"),
                        List.of("d"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void parsesFieldsCommentsAndBlankLines(String what, String text, List<List<String>> expected) {
        assertThat(JobsFile.parse("jobs/x.csv", text).lines()).extracting(JobsLine::fields)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void numbersLinesAsAnEditorDoesCountingCommentsAndBlankLines() {
        JobsFile file = JobsFile.parse("jobs/x.csv", "# note\n\nvalue,channel\r\n\r\n微信,政务微信\n");
        assertThat(file.lines()).extracting(JobsLine::lineNumber).containsExactly(3, 5);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a quoted title left open", "# note\n合并,a,2018-01-01\n合并,\"关于A,B的通知,2018-03-05\nx,y", 3),
                Arguments.of("a space between comma and quote", "a, \"b,c\"", 1),
                Arguments.of("a stray quote at the end", "ok\n\nvalue,channel\"", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedLineIsAnErrorNamingFileAndLine(String what, String text, int line) {
        assertThatThrownBy(() -> JobsFile.parse("jobs/dedup-overrides.csv", text))
                .isInstanceOfSatisfying(JobsFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("jobs/dedup-overrides.csv");
                    assertThat(e.lineNumber()).isEqualTo(line);
                    assertThat(e).hasMessageStartingWith("jobs/dedup-overrides.csv 第 " + line + " 行：引号不配对");
                });
    }

    @Test
    void bytesNeitherUtf8NorGb18030AreAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("channels.csv");
        byte[] bad = {(byte) 0xFF, (byte) 0xFF};
        Files.write(file, concat("value,channel\n微信,政务微信\n".getBytes(StandardCharsets.UTF_8), bad, "\n".getBytes()));

        assertThatThrownBy(() -> JobsFile.read(file))
                .isInstanceOf(JobsFileException.class)
                .hasMessage(file + " 第 3 行：含有既不是 UTF-8 也不是 GBK/GB18030 编码的字节；请用记事本或 Excel 将整个文件另存为 UTF-8 或 GBK 编码");
    }

    @Test
    void problemNamesFileAndLine() {
        JobsFile file = JobsFile.parse("jobs/header-synonyms.csv", "# note\ntitle,标题\n\nfoo,bar");
        JobsFileException e = file.problem(file.lines().get(1), "未知的字段名“foo”");
        assertThat(e).hasMessage("jobs/header-synonyms.csv 第 4 行：未知的字段名“foo”");
        assertThat(e.getCause()).as("the launcher shows the innermost message").isNull();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
