package org.pubstats.intake.format;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

/**
 * Whatever the bytes, a format either reads the file to its end or throws
 * {@link UnreadableFileException} — never another exception, never a hang. Seeded, so a failure
 * reproduces: random bytes, truncations at random offsets and random byte flips of a valid file.
 */
class DamagedInputPropertyTest {

    private static final int CASES_PER_KIND = 200;
    private static final Duration PER_CASE = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    private static byte[] validXlsx;
    private static byte[] validXls;
    private static byte[] validCsv;

    @BeforeAll
    static void writeValidFiles() throws IOException {
        validXlsx = Files.readAllBytes(SampleWorkbook.write(new XSSFWorkbook(), dir.resolve("valid.xlsx")));
        validXls = Files.readAllBytes(SampleWorkbook.write(new HSSFWorkbook(), dir.resolve("valid.xls")));
        validCsv = ("呼玛县2018年目录\n标题,日期,渠道\n\"多行\n标题\",2018-03-05,政府网站\n普通,2018/3/6,\"微信、微博\"\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> xlsx() {
        return cases("xlsx", new XlsxFormat(), validXlsx);
    }

    @TestFactory
    Stream<DynamicTest> xls() {
        return cases("xls", new XlsFormat(), validXls);
    }

    @TestFactory
    Stream<DynamicTest> csv() {
        return cases("csv", new CsvFormat(), validCsv);
    }

    private static Stream<DynamicTest> cases(String extension, TableFormat format, byte[] valid) {
        return IntStream.range(0, CASES_PER_KIND).boxed().flatMap(seed -> Stream.of(
                DynamicTest.dynamicTest("random bytes, seed " + seed,
                        () -> readsOrRejects(format, extension, randomBytes(seed))),
                DynamicTest.dynamicTest("truncated, seed " + seed,
                        () -> readsOrRejects(format, extension, truncated(valid, seed))),
                DynamicTest.dynamicTest("bytes flipped, seed " + seed,
                        () -> readsOrRejects(format, extension, flipped(valid, seed)))));
    }

    private static byte[] randomBytes(long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(16_384)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] truncated(byte[] valid, long seed) {
        return Arrays.copyOf(valid, new Random(seed).nextInt(valid.length));
    }

    private static byte[] flipped(byte[] valid, long seed) {
        Random random = new Random(seed);
        byte[] bytes = valid.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static void readsOrRejects(TableFormat format, String extension, byte[] content) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "case", "." + extension), content);
        try {
            assertTimeoutPreemptively(PER_CASE, () -> {
                try (TableCursor cursor = format.open(file)) {
                    for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                        // reading to the end is the point
                    }
                    cursor.skippedSheets();
                } catch (UnreadableFileException expected) {
                    // a whole-file rejection is an acceptable outcome
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
