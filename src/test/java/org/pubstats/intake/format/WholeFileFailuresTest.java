package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

class WholeFileFailuresTest {

    @TempDir
    Path dir;

    private final TableFormat xlsx = new XlsxFormat();
    private final TableFormat xls = new XlsFormat();
    private final TableFormat csv = new CsvFormat();

    private static void assertRejected(TableFormat format, Path file, String reason) {
        assertThatThrownBy(() -> Rows.read(format, file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).containsPattern("\\p{IsHan}");
                });
    }

    @Test
    void zeroBytesIsAnEmptyFileInEveryFormat() throws Exception {
        assertRejected(xlsx, Files.createFile(dir.resolve("a.xlsx")), "EMPTY_FILE");
        assertRejected(xls, Files.createFile(dir.resolve("a.xls")), "EMPTY_FILE");
        assertRejected(csv, Files.createFile(dir.resolve("a.csv")), "EMPTY_FILE");
    }

    @Test
    void aWorkbookWithoutAnyRowIsAnEmptyFile() throws Exception {
        for (var workbook : new org.apache.poi.ss.usermodel.Workbook[] {
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(), new org.apache.poi.hssf.usermodel.HSSFWorkbook()}) {
            boolean isXlsx = workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook;
            workbook.createSheet("Sheet1");
            workbook.createSheet("隐藏").createRow(0).createCell(0).setCellValue("只有隐藏表有数据");
            workbook.setSheetHidden(1, true);
            Path file = dir.resolve(isXlsx ? "empty.xlsx" : "empty.xls");
            try (workbook; var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            assertRejected(isXlsx ? xlsx : xls, file, "EMPTY_FILE");
        }
    }

    @Test
    void aTruncatedWorkbookIsUnreadable() throws Exception {
        Path validXlsx = BadFiles.validXlsx(dir.resolve("valid.xlsx"));
        Path validXls = BadFiles.validXls(dir.resolve("valid.xls"));

        assertRejected(xlsx, BadFiles.truncated(validXlsx, dir.resolve("cut.xlsx"), (int) Files.size(validXlsx) / 2), "UNREADABLE_FILE");
        assertRejected(xls, BadFiles.truncated(validXls, dir.resolve("cut.xls"), (int) Files.size(validXls) / 2), "UNREADABLE_FILE");
    }

    @Test
    void randomBytesAreUnreadableWhateverTheName() throws Exception {
        assertRejected(xlsx, BadFiles.randomBytes(dir.resolve("r.xlsx"), 1, 4096), "UNREADABLE_FILE");
        assertRejected(xls, BadFiles.randomBytes(dir.resolve("r.xls"), 2, 4096), "UNREADABLE_FILE");
        assertRejected(csv, BadFiles.randomBytes(dir.resolve("r.csv"), 3, 4096), "UNREADABLE_FILE");
    }

    @Test
    void aWorkbookRenamedCsvIsNotReadAsText() throws Exception {
        Path workbook = BadFiles.validXlsx(dir.resolve("valid.xlsx"));
        Path renamed = Files.copy(workbook, dir.resolve("renamed.csv"));

        assertRejected(csv, renamed, "UNREADABLE_FILE");
    }

    @Test
    void aPasswordProtectedXlsxIsEncrypted() throws Exception {
        Path file = BadFiles.encryptedXlsx(dir.resolve("secret.xlsx"));

        assertRejected(xlsx, file, "ENCRYPTED_FILE");
        assertRejected(xls, Files.copy(file, dir.resolve("secret-renamed.xls")), "ENCRYPTED_FILE");
    }

    @Test
    void aPasswordProtectedXlsIsEncrypted() throws Exception {
        assertRejected(xls, BadFiles.encryptedXls(dir.resolve("secret.xls")), "ENCRYPTED_FILE");
    }

    @Test
    void aWordDocumentRenamedXlsxIsUnreadable() throws Exception {
        assertRejected(xlsx, BadFiles.docx(dir.resolve("report.xlsx")), "UNREADABLE_FILE");
    }

    @Test
    void anHtmlPageSavedAsXlsIsUnreadableWithAHint() throws Exception {
        Path file = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>标题</td></tr></table></body></html>");

        assertThatThrownBy(() -> Rows.read(xls, file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo("UNREADABLE_FILE");
                    assertThat(e.getMessage()).contains("网页");
                });
    }

    @Test
    void aZipBombIsSuspicious() throws Exception {
        Path valid = BadFiles.validXlsx(dir.resolve("valid.xlsx"));
        Path bomb = BadFiles.zipBomb(valid, dir.resolve("bomb.xlsx"));
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        assertRejected(xlsx, bomb, "SUSPICIOUS_FILE");
    }
}
