package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubstats.dedup.DedupOverrides.Decision;
import org.pubstats.dedup.DedupOverrides.Side;
import org.pubstats.dedup.DedupOverrides.Source;
import org.pubstats.dedup.DedupOverrides.Verdict;
import org.pubstats.jobsdir.JobsFileException;

class DedupOverridesTest {

    private static final String HEAD = "# 重复信息的人工判定，\"疑似重复\"经核实后在此登记\r\n决定,标题A,日期A,标题B,日期B,备注\r\n";

    @TempDir
    Path dir;

    private Path file(String text, Charset charset) throws IOException {
        return Files.write(dir.resolve("dedup-overrides.csv"), text.getBytes(charset));
    }

    /** Saved from Excel on Chinese Windows as plain “CSV (逗号分隔)”: GBK, quoted where a title has a comma. */
    @Test
    void aGbkFileWorks() throws IOException {
        Path file = file(HEAD
                + "合并,关于开展2018年春季植树造林的通知,2018-03-05,关于开展2018年春季植树造林工作的通知,2018/3/5,同一文件\r\n"
                + "分开,\"关于A,B两村的公示\",2018年3月6日,关于A、B两村的公示,2018-03-07,不同文件,已核实\r\n",
                Charset.forName("GBK"));

        assertThat(DedupOverrides.load(file).decisions()).containsExactly(
                new Decision(Verdict.MERGE, new Side("关于开展2018年春季植树造林的通知", LocalDate.of(2018, 3, 5)),
                        new Side("关于开展2018年春季植树造林工作的通知", LocalDate.of(2018, 3, 5)), new Source(file.toString(), null, 3)),
                new Decision(Verdict.KEEP_APART, new Side("关于A,B两村的公示", LocalDate.of(2018, 3, 6)),
                        new Side("关于A、B两村的公示", LocalDate.of(2018, 3, 7)), new Source(file.toString(), null, 4)));
    }

    @Test
    void theShippedFileAndAMissingFileDecideNothing() {
        assertThat(DedupOverrides.load(Path.of("jobs/dedup-overrides.csv")).decisions()).isEmpty();
        assertThat(DedupOverrides.load(dir.resolve("none.csv")).decisions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a field missing   | 合并,标题一,2018-03-05,标题二          | 每行应为：决定,标题A,日期A,标题B,日期B[,备注]，此行只有 4 列",
            "unknown verdict   | 相同,标题一,2018-03-05,标题二,2018-03-05 | 决定应为“合并”或“分开”，此行为“相同”",
            "empty title       | 合并,。,2018-03-05,标题二,2018-03-05    | 标题A为空",
            "unquoted comma    | 合并,关于A,B的通知,2018-03-05,标题二,2018-03-05 | 日期A“B的通知”无法识别",
            "bad date          | 分开,标题一,2018-03-05,标题二,2018-13-05 | 日期B“2018-13-05”无法识别"})
    void aMalformedLineIsAnErrorNamingFileAndLine(String what, String line, String problem) throws IOException {
        Path file = file(HEAD + "\r\n合并,标题一,2018-03-05,标题二,2018-03-05\r\n" + line + "\r\n", Charset.forName("UTF-8"));

        assertThatThrownBy(() -> DedupOverrides.load(file))
                .isInstanceOf(JobsFileException.class)
                .hasMessageStartingWith(file + " 第 5 行：" + problem);
    }
}
