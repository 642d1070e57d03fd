package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.dedup.DedupOverrides;

/** Decisions made in the browser become lines the run reads as it reads typed ones, in the file's own encoding. */
class OverridesFileTest {

    @TempDir
    Path dir;

    @Test
    void anAppendedDecisionIsReadBackByTheRunsParser() throws Exception {
        Path file = dir.resolve("dedup-overrides.csv");
        Files.writeString(file, "# 说明\n决定,标题A,日期A,标题B,日期B,备注", StandardCharsets.UTF_8); // no final newline
        new OverridesFile(file).append("合并", "关于A,B的\"通知\"", LocalDate.of(2018, 3, 5), "关于A、B的通知",
                LocalDate.of(2018, 3, 6), "控制台 2018-03-07 09:00:00");
        DedupOverrides read = DedupOverrides.load(file);
        assertThat(read.merges()).hasSize(1);
        assertThat(read.decided(DedupOverrides.Side.of("关于A,B的\"通知\"", LocalDate.of(2018, 3, 5), null),
                DedupOverrides.Side.of("关于A、B的通知", LocalDate.of(2018, 3, 6), null))).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .endsWith("\n合并,\"关于A,B的\"\"通知\"\"\",2018-03-05,关于A、B的通知,2018-03-06,控制台 2018-03-07 09:00:00\n");
    }

    @Test
    void aGbkFileStaysGbkAndUndoRemovesTheLines() throws Exception {
        Charset gbk = Charset.forName("GB18030");
        Path file = dir.resolve("dedup-overrides.csv");
        Files.writeString(file, "决定,标题A,日期A,标题B,日期B,备注\r\n分开,甲通知,2018-01-02,乙通知,2018-01-02,手工\r\n", gbk);
        OverridesFile overrides = new OverridesFile(file);
        overrides.append("合并", "丙通知", LocalDate.of(2018, 5, 1), "丙的通知", LocalDate.of(2018, 5, 1), "控制台");
        assertThat(Files.readString(file, gbk)).contains("分开,甲通知", "合并,丙通知,2018-05-01,丙的通知");
        assertThat(DedupOverrides.load(file).decisions()).hasSize(2);

        overrides.removeLines(Set.of(2));
        DedupOverrides left = DedupOverrides.load(file);
        assertThat(left.keepApart()).isEmpty();
        assertThat(left.merges()).hasSize(1);
        assertThat(Files.readString(file, gbk)).startsWith("决定,标题A");
    }

    @Test
    void aMissingFileIsCreatedWithItsHeader() throws Exception {
        Path file = dir.resolve("dedup-overrides.csv");
        new OverridesFile(file).append("分开", "甲", LocalDate.of(2018, 1, 1), "乙", LocalDate.of(2018, 1, 1), "");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .containsExactly(OverridesFile.HEADER, "分开,甲,2018-01-01,乙,2018-01-01,");
        assertThat(DedupOverrides.load(file).keepApart()).hasSize(1);
    }
}
