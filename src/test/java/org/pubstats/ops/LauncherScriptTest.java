package org.pubstats.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubstats.support.Inbox;
import org.pubstats.support.LauncherScript;
import org.pubstats.support.TestDatabase;

/**
 * The real {@code ./pubstats} script with an environment as bare as cron's (no LANG, no LC_*): it must make
 * the JVM decode Chinese folder and file names as UTF-8. {@code PUBSTATS_CLASSPATH} (the script's test hook)
 * runs the classes of this build instead of building target/pubstats.jar.
 */
@Tag("postgres")
class LauncherScriptTest {

    @TempDir
    Path temp;

    @Test
    void runsOnAChineseInboxWithoutAnyLocale() throws Exception {
        Path root = temp.resolve("收件箱");
        Inbox inbox = new Inbox(root);
        inbox.csv("呼玛县财政局/2018年主动公开目录.csv", List.of(List.of("标题", "发布日期", "公开渠道"),
                List.of("2018年部门预算", "2018-02-01", "政府网站"),
                List.of("政府采购目录", "2018-03-01", "微信公众号")));
        inbox.xlsx("呼玛县教育局/信息公开/2018年目录.xlsx", List.of(List.of("信息名称", "公开时间", "载体"),
                List.of("招生简章", "2018-05-01", "政府网站")));
        inbox.write("呼玛县教育局/~$2018年目录.xlsx", new byte[] {1});
        Files.createSymbolicLink(root.resolve("呼玛县教育局/口令.csv"), Path.of("/etc/passwd"));
        Path out = temp.resolve("输出");

        LauncherScript.Result run = LauncherScript.run(TestDatabase.freshDatabase(), temp.resolve("run"),
                List.of("run", "--inbox", root.toString(), "--year", "2018", "--out", out.toString()));
        String stderr = run.stderr();
        assertThat(run.exit()).as("exit status; stdout: %s%nstderr: %s", run.stdout(), stderr).isZero();
        assertThat(stderr).doesNotContain("InvalidPathException").doesNotContain("不是 UTF-8");
        assertThat(stderr).as("PUBSTATS_CLASSPATH: no build inside a test").doesNotContain("正在构建");

        assertThat(Files.readAllLines(out.resolve("county-summary-2018.csv"), StandardCharsets.UTF_8).get(1))
                .isEqualTo("数量,2,1,0,0,0,0,0");
        String files = read(out.resolve("files-2018.csv"));
        assertThat(files).contains("呼玛县财政局/2018年主动公开目录.csv,呼玛县财政局,items")
                .contains("呼玛县教育局/信息公开/2018年目录.xlsx,呼玛县教育局,items")
                .contains("呼玛县教育局/~$2018年目录.xlsx,呼玛县教育局,skipped,0,0,0,0,0,OFFICE_LOCK_FILE,")
                .contains("呼玛县教育局/口令.csv,呼玛县教育局,skipped,0,0,0,0,0,SYMLINK,")
                .contains("收件箱以外的 /etc/passwd");
    }

    /**
     * The JVM options the script passes, seen by a stand-in {@code java} first on the PATH that writes down its
     * arguments: the bounded defaults, or exactly {@code PUBSTATS_JAVA_OPTS} when that is set.
     */
    @ParameterizedTest(name = "PUBSTATS_JAVA_OPTS={0}")
    @CsvSource(nullValues = "unset", value = {
            "unset,                        -Xmx512m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -Xss1m",
            "'',                           -Xmx512m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -Xss1m",
            "-Xmx2g -XX:+UseParallelGC,    -Xmx2g -XX:+UseParallelGC"})
    void theJvmGetsABoundedHeapUnlessPubstatsJavaOptsReplacesIt(String javaOpts, String expected) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path arguments = temp.resolve("java-arguments.txt");
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$JAVA_ARGUMENTS\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("pubstats").toAbsolutePath().toString(), "help");
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("JAVA_ARGUMENTS", arguments.toString());
        env.put("PUBSTATS_CLASSPATH", "classes");
        env.remove("PUBSTATS_JAVA_OPTS");
        if (javaOpts != null) {
            env.put("PUBSTATS_JAVA_OPTS", javaOpts);
        }
        builder.redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("out.txt"))).isZero();

        List<String> passed = Files.readAllLines(arguments);
        List<String> options = passed.subList(0, passed.indexOf("-Dfile.encoding=UTF-8"));
        assertThat(options).containsExactly(expected.split(" "));
        assertThat(passed).endsWith("-cp", "classes", "org.pubstats.ops.Launcher", "help");
    }

    @Test
    void javaStartedWithoutALocaleWarnsAndNamesTheFix() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.pubstats.ops.Launcher", "help");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        builder.redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
        // without a locale Java may write the Chinese as '?'; the fix is in ASCII
        assertThat(Files.readString(temp.resolve("out.txt"), StandardCharsets.ISO_8859_1)).contains("LANG=C.UTF-8");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
