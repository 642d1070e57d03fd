package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A run that fails on a line of the office's own files says which line and what is wrong, in words, no class names. */
@TestPropertySource(properties = "pubstats.overrides-file=${java.io.tmpdir}/pubstats-failure-words-overrides.csv")
class RunFailureWordsTest extends WarehouseTest {

    @Autowired
    RunCommand runCommand;

    @TempDir
    Path temp;

    @Test
    void aMalformedOverrideLineStopsTheRunWithItsFileAndLine() throws Exception {
        Path overrides = Path.of(System.getProperty("java.io.tmpdir"), "pubstats-failure-words-overrides.csv");
        Files.writeString(overrides, "决定,标题A,日期A,标题B,日期B,备注\n合并,关于甲的通知,2018-03-05\n", StandardCharsets.UTF_8);
        try {
            Inbox inbox = new Inbox(temp.resolve("inbox"));
            inbox.csv("财政局/目录.csv", List.of(List.of("信息标题", "发布日期"), List.of("关于甲的通知", "2018-03-05")));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status;
            try {
                status = runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("out")));
            } finally {
                System.setErr(old);
            }
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(status).isEqualTo(1);
            assertThat(said).contains("运行失败：").contains("pubstats-failure-words-overrides.csv 第 2 行")
                    .doesNotContain("Exception");
        } finally {
            Files.deleteIfExists(overrides);
        }
    }
}
