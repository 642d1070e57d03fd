package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

/**
 * Hostile workbooks are rejected before their rows are loaded and before they fill the heap: the
 * zip's central directory is checked first (sizes, ratio, total), parts are held to their declared
 * size while inflating, and the shared-string table is counted as it is loaded.
 */
class XlsxLimitsTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    @TempDir
    Path dir;

    private final TableFormat xlsx = new XlsxFormat();

    /** A real workbook with one entry's content replaced, streamed so nothing big is held. */
    private Path replacing(String entryName, BadFiles.Content content, String name) throws IOException {
        return BadFiles.replacingIn(dir, entryName, content, name);
    }

    /** Reads through the format, counting the rows handed out before the file is rejected. */
    private static UnreadableFileException rejection(TableFormat format, Path file, AtomicInteger rows) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (TableCursor cursor = format.open(file)) {
                for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                    rows.incrementAndGet();
                }
            }
        });
        assertThat(thrown).isInstanceOf(UnreadableFileException.class);
        UnreadableFileException e = (UnreadableFileException) thrown;
        assertThat(e.getMessage()).containsPattern("\\p{IsHan}");
        return e;
    }

    @Test
    void aHighlyCompressedSheetIsRejectedBeforeAnyRowIsRead() throws Exception {
        Path bomb = replacing(SHEET, BadFiles::highlyCompressibleRows, "bomb.xlsx");
        assertThat(Files.size(bomb)).isBetween(1L << 20, 6L << 20);

        AtomicInteger rows = new AtomicInteger();
        long start = System.nanoTime();
        UnreadableFileException e = rejection(xlsx, bomb, rows);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(e.reason()).isEqualTo("SUSPICIOUS_FILE");
        assertThat(e.getMessage()).contains(SHEET).contains("压缩");
        assertThat(rows).as("no row is read").hasValue(0);
        assertThat(millis).as("decided from the central directory").isLessThan(2_000);
    }

    @Test
    void aPartInflatingBeyondItsDeclaredSizeIsStoppedThere() throws Exception {
        Path file = replacing(SHEET, out -> {
            out.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 200_000; r++) {
                out.write(("<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>通知" + r + "</t></is></c></row>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }, "liar.xlsx");
        BadFiles.declareSize(file, SHEET, 2_000);

        AtomicInteger rows = new AtomicInteger();
        UnreadableFileException e = rejection(xlsx, file, rows);

        assertThat(e.reason()).isEqualTo("SUSPICIOUS_FILE");
        assertThat(e.getMessage()).contains("声明");
        assertThat(rows.get()).as("stopped after the declared 2,000 bytes").isLessThan(50);
    }

    @Test
    void aSharedStringTableDeclaredAboveThePartLimitIsRejectedBeforeLoading() throws Exception {
        Path file = replacing(SHARED_STRINGS, out -> BadFiles.bigStrings(out, 10, 1_000), "strings.xlsx");
        BadFiles.declareSize(file, SHARED_STRINGS, 928L << 20);

        UnreadableFileException e = rejection(xlsx, file, new AtomicInteger());

        assertThat(e.reason()).isEqualTo("TOO_LARGE");
        assertThat(e.getMessage()).contains("sharedStrings.xml").contains("928 MB");
    }

    @Test
    void aSharedStringTableBeyondTheCharacterLimitFailsTheFileWhileLoading() throws Exception {
        XlsxLimits small = new XlsxLimits(1L << 30, 512L << 20, 64L << 20, 0.03, 4L << 20, 2_000_000, 5_000_000);
        Path file = replacing(SHARED_STRINGS, out -> BadFiles.bigStrings(out, 3_000, 1_000), "many-strings.xlsx");

        AtomicInteger rows = new AtomicInteger();
        UnreadableFileException e = rejection(new XlsxFormat(small), file, rows);

        assertThat(e.reason()).isEqualTo("TOO_LARGE");
        assertThat(e.getMessage()).contains("共享字符串").contains("2000000");
        assertThat(rows).hasValue(0);
    }

    @Test
    void tooManySharedStringsFailTheFile() throws Exception {
        XlsxLimits small = new XlsxLimits(1L << 30, 512L << 20, 64L << 20, 0.03, 4L << 20, 100_000_000, 1_000);
        Path file = replacing(SHARED_STRINGS, out -> BadFiles.bigStrings(out, 2_000, 2), "tiny-strings.xlsx");

        UnreadableFileException e = rejection(new XlsxFormat(small), file, new AtomicInteger());

        assertThat(e.reason()).isEqualTo("TOO_LARGE");
    }

    @Test
    void aCellOfAMillionCharactersIsTooLarge() throws Exception {
        Path file = replacing(SHEET, out -> {
            out.write("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            Random random = new Random(3);
            byte[] letters = new byte[XlsxXml.MAX_CELL_CHARS + 10];
            for (int i = 0; i < letters.length; i++) {
                letters[i] = (byte) ('a' + random.nextInt(26)); // not padding: POI's own ratio check passes it
            }
            out.write(letters);
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }, "long-cell.xlsx");

        UnreadableFileException e = rejection(xlsx, file, new AtomicInteger());

        assertThat(e.reason()).isEqualTo("TOO_LARGE");
        assertThat(e.getMessage()).contains("第1行");
    }

    @Test
    void anXlsAboveTheSizeLimitIsRejectedBeforeHssfLoadsIt() throws Exception {
        Path file = BadFiles.validXls(dir.resolve("big.xls"));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(PoiLimits.MAX_XLS_BYTES + 1); // sparse: nothing is written
        }

        assertThatThrownBy(() -> Rows.read(new XlsFormat(), file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo("TOO_LARGE");
                    assertThat(e.getMessage()).contains("64 MB");
                });
    }

    @Test
    void aHighlyCompressedPartThatIsNeverReadDoesNotRejectTheFile() throws Exception {
        Path file = BadFiles.validXlsx(dir.resolve("plain.xlsx"));
        Path withPivot = dir.resolve("with-pivot.xlsx");
        try (ZipFile source = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(withPivot))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/pivotCache/pivotCacheRecords1.xml"));
            byte[] record = "<r><x v=\"0\"/><x v=\"0\"/><n v=\"1\"/></r>".repeat(1_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 500; i++) {
                out.write(record);
            }
            out.closeEntry();
        }

        assertThat(Rows.read(xlsx, withPivot).rows()).isNotEmpty();
    }

    @Test
    void realWorkbooksStillRead() throws Exception {
        Path file = replacing(SHARED_STRINGS, out -> BadFiles.bigStrings(out, 3_000, 1_000), "fine.xlsx");

        assertThat(Rows.read(xlsx, file).rows()).isNotEmpty();
    }
}
