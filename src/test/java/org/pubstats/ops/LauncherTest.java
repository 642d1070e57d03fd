package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments give one line and exit 2 before anything starts; --help exits 0. */
class LauncherTest {

    @TempDir
    static Path inbox;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    static Stream<Arguments> badArguments() {
        String dir = inbox.toString();
        return Stream.of(
                Arguments.of(new String[] {}, "缺少命令"),
                Arguments.of(new String[] {"frobnicate"}, "未知命令"),
                Arguments.of(new String[] {"run"}, "缺少 --inbox"),
                Arguments.of(new String[] {"run", "--inbox", dir}, "缺少 --year"),
                Arguments.of(new String[] {"run", "--inbox", "/no/such/folder", "--year", "2018"}, "收件箱目录不存在"),
                Arguments.of(new String[] {"run", "--inbox", dir, "--year", "二〇一八"}, "年份不是数字"),
                Arguments.of(new String[] {"run", "--inbox", dir, "--year", "1800"}, "年份应在1949到2100之间"),
                Arguments.of(new String[] {"run", "--inbox", dir, "--year", "2018", "--colour", "red"}, "未知参数"),
                Arguments.of(new String[] {"run", "--inbox", dir, "--year"}, "--year 后面缺少取值"),
                Arguments.of(new String[] {"run", "--inbox", dir, "--inbox", dir, "--year", "2018"}, "只能出现一次"),
                Arguments.of(new String[] {"db", "--port", "1"}, "未知参数"),
                Arguments.of(new String[] {"serve"}, "缺少 --inbox"),
                Arguments.of(new String[] {"serve", "--inbox", dir}, "缺少 --year"),
                Arguments.of(new String[] {"serve", "--inbox", dir, "--year", "2018", "--port", "99999"}, "端口应是 0 到 65535"),
                Arguments.of(new String[] {"serve", "--inbox", dir, "--year", "2018", "--run-now=yes"}, "--run-now 不带取值"),
                Arguments.of(new String[] {"serve", "--inbox", dir, "--year", "2018", "--dry-run"}, "未知参数"),
                Arguments.of(new String[] {"report"}, "缺少 --year"),
                Arguments.of(new String[] {"report", "--year", "18x"}, "年份不是数字"),
                Arguments.of(new String[] {"report", "--year", "2018", "--inbox", dir}, "未知参数"),
                Arguments.of(new String[] {"report", "--year", "2018", "--period", "2018-13"}, "统计期格式不对：2018-13"),
                Arguments.of(new String[] {"report", "--year", "2018", "--period", "2018-Q5"}, "统计期格式不对"),
                Arguments.of(new String[] {"report", "--year", "2018", "--period", "2018年3月"}, "统计期格式不对"),
                Arguments.of(new String[] {"report", "--year", "2018", "--period"}, "--period 后面缺少取值"),
                Arguments.of(new String[] {"report", "--year", "2018", "--period", "2017-Q4"}, "统计期 2017-Q4 不在 --year 2018 年度之内"),
                Arguments.of(new String[] {"report", "--period", "2018-H1"}, "缺少 --year"),
                Arguments.of(new String[] {"forms"}, "缺少 --year"),
                Arguments.of(new String[] {"forms", "--year", "2018"}, "2018年的年报没有表二、表四"),
                Arguments.of(new String[] {"forms", "--year", "2022", "--inbox", dir}, "未知参数"),
                // --out is checked before the job: under a file it can neither be created nor written
                Arguments.of(new String[] {"run", "--inbox", dir, "--year", "2018", "--out", blocker() + "/out"},
                        "输出目录无法写入：" + blocker() + "/out"),
                Arguments.of(new String[] {"report", "--year", "2018", "--out", blocker() + "/sub/out"}, "输出目录无法写入"),
                Arguments.of(new String[] {"run", "--inbox", dir, "--year", "2018", "--out", blocker().toString()},
                        "输出位置已存在且不是目录"));
    }

    /** A plain file: a folder below it can never be made (root included, so this holds in CI too). */
    static Path blocker() {
        Path file = inbox.resolve("a-file");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "x");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void aWritableOutFolderIsCreatedBeforeTheJobAndLeftClean() throws Exception {
        Path out = inbox.resolve("新的/输出");
        RunOptions options = RunOptions.parse(List.of("--inbox", inbox.toString(), "--year", "2018", "--out", out.toString()));
        assertThat(options.out()).isEqualTo(out);
        assertThat(out).isDirectory().isEmptyDirectory();
    }

    @Test
    void aPeriodOfTheYearIsParsedAndWithoutOneTheReportIsTheYears() throws Exception {
        Path out = inbox.resolve("period-out");
        ReportOptions quarter = ReportOptions.parse(List.of("--year", "2018", "--period", "2018-Q1", "--out", out.toString()));
        assertThat(quarter.year()).isEqualTo(2018);
        assertThat(quarter.period().code()).isEqualTo("2018-Q1");
        assertThat(quarter.out()).isEqualTo(out);
        assertThat(ReportOptions.parse(List.of("--year", "2018", "--period=2018-03", "--out", out.toString())).period().label()).isEqualTo("2018年3月");
        assertThat(ReportOptions.parse(List.of("--year", "2018", "--out", out.toString())).period()).isNull();
    }

    @Test
    void withoutAUtf8LocaleAWarningNamesTheFix() {
        assertThat(Launcher.localeWarning("UTF-8")).isEmpty();
        assertThat(Launcher.localeWarning("utf8")).isEmpty();
        assertThat(Launcher.localeWarning("ANSI_X3.4-1968")).hasValueSatisfying(w -> assertThat(w)
                .contains("不是 UTF-8").contains("LANG=C.UTF-8").doesNotContain("\n"));
        assertThat(Launcher.localeWarning(null)).isPresent();
        assertThat(Launcher.localeWarning("no-such-charset")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsExitWithTwoAndOneLine(String[] args, String expected) {
        assertThat(Launcher.launch(args)).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message).contains(expected).doesNotContain("\n").doesNotContain("Exception");
    }

    @ParameterizedTest
    @MethodSource("helpArguments")
    void everySubcommandHasHelp(String[] args, String expected) {
        assertThat(Launcher.launch(args)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(expected);
    }

    static Stream<Arguments> helpArguments() {
        return Stream.of(
                Arguments.of(new String[] {"help"}, "用法"),
                Arguments.of(new String[] {"--help"}, "用法"),
                Arguments.of(new String[] {"run", "--help"}, "--inbox"),
                Arguments.of(new String[] {"db", "--help"}, "PUBSTATS_HOME"),
                Arguments.of(new String[] {"serve", "--help"}, "PUBSTATS_OFFICE_PASSWORD"),
                Arguments.of(new String[] {"report", "--help"}, "annual-report"),
                Arguments.of(new String[] {"report", "--help"}, "period-report-<统计期>.xlsx"),
                Arguments.of(new String[] {"help"}, "--period"),
                Arguments.of(new String[] {"help"}, "forms --year"),
                Arguments.of(new String[] {"forms", "--help"}, "表二表四填报表-<部门>-<年份>.xlsx"));
    }
}
