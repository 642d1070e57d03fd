package org.pubstats.intake.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files that must be rejected as a whole, generated rather than committed. */
final class BadFiles {

    private BadFiles() {
    }

    static Path validXlsx(Path file) throws IOException {
        return SampleWorkbook.write(new XSSFWorkbook(), file);
    }

    static Path validXls(Path file) throws IOException {
        return SampleWorkbook.write(new HSSFWorkbook(), file);
    }

    static Path truncated(Path valid, Path file, int length) throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        return Files.write(file, Arrays.copyOf(bytes, Math.min(length, bytes.length)));
    }

    static Path randomBytes(Path file, long seed, int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    static Path encryptedXlsx(Path file) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
            XSSFWorkbook workbook = new XSSFWorkbook();
            SampleWorkbook.fill(workbook);
            try (workbook; OutputStream encrypted = encryptor.getDataStream(fileSystem)) {
                workbook.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fileSystem.writeFilesystem(out);
            }
        }
        return file;
    }

    static Path encryptedXls(Path file) throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            return SampleWorkbook.write(new HSSFWorkbook(), file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    static Path docx(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("关于政府信息公开的说明");
            document.write(out);
        }
        return file;
    }

    /**
     * A real xlsx whose first sheet part is replaced by 200 MB of one repeated byte: it deflates
     * to about 200 KB, a ratio far below any real worksheet.
     */
    static Path zipBomb(Path valid, Path file) throws IOException {
        try (ZipFile source = new ZipFile(valid.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeRepeated(out, 200 * 1024 * 1024);
                } else {
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static void writeRepeated(OutputStream out, int size) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        out.write("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>".getBytes());
        for (int written = 0; written < size; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</t></is></c></row></sheetData></worksheet>".getBytes());
    }

    static byte[] bytes(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Files.copy(file, out);
        return out.toByteArray();
    }
}
