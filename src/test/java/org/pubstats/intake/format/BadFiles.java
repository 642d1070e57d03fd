package org.pubstats.intake.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
public final class BadFiles {

    private BadFiles() {
    }

    public static Path validXlsx(Path file) throws IOException {
        return SampleWorkbook.write(new XSSFWorkbook(), file);
    }

    public static Path validXls(Path file) throws IOException {
        return SampleWorkbook.write(new HSSFWorkbook(), file);
    }

    public static Path truncated(Path valid, Path file, int length) throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        return Files.write(file, Arrays.copyOf(bytes, Math.min(length, bytes.length)));
    }

    public static Path randomBytes(Path file, long seed, int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    public static Path encryptedXlsx(Path file) throws Exception {
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

    public static Path encryptedXls(Path file) throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            return SampleWorkbook.write(new HSSFWorkbook(), file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    public static Path docx(Path file) throws IOException {
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
    public static Path zipBomb(Path valid, Path file) throws IOException {
        return replacing(valid, "xl/worksheets/sheet1.xml", out -> writeRepeated(out, 200 * 1024 * 1024), file);
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

    public static byte[] bytes(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Files.copy(file, out);
        return out.toByteArray();
    }

    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    public static Path replacingIn(Path dir, String entryName, Content content, String name) throws IOException {
        return replacing(validXlsx(dir.resolve("valid-" + name)), entryName, content, dir.resolve(name));
    }

    /** A copy of a real workbook with one entry's content replaced, streamed so nothing big is held. */
    public static Path replacing(Path valid, String entryName, Content content, Path file) throws IOException {
        try (ZipFile source = new ZipFile(valid.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(1);
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    content.write(out);
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

    /** 200 MB of plausible rows that deflate to ~1.6%: above POI's 1% floor, the ratio of the hostile file. */
    public static void highlyCompressibleRows(OutputStream out) throws IOException {
        String title = "关于预算的通知".repeat(30);
        out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                .getBytes(StandardCharsets.UTF_8));
        out.write(("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>信息标题</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>发布日期</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
        long written = 0;
        int r = 2;
        StringBuilder rows = new StringBuilder();
        while (written < 200L << 20) {
            rows.setLength(0);
            for (int k = 0; k < 50; k++, r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                        .append(title).append("</t></is></c><c r=\"B").append(r)
                        .append("\" t=\"inlineStr\"><is><t>2018-03-05</t></is></c></row>");
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    /** A shared-string table of {@code count} strings of random CJK characters (these hardly compress). */
    public static void bigStrings(OutputStream out, int count, int length) throws IOException {
        Random random = new Random(7);
        out.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count
                + "\" uniqueCount=\"" + count + "\">").getBytes(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.setLength(0);
            text.append("<si><t>");
            for (int c = 0; c < length; c++) {
                text.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
            text.append("</t></si>");
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.write("</sst>".getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites an entry's uncompressed size in the central directory, as a hostile file would. */
    public static void declareSize(Path file, String entryName, long size) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && new String(zip, i + 46, name.length, StandardCharsets.UTF_8).equals(entryName)) {
                buffer.putInt(i + 24, (int) size);
                Files.write(file, zip);
                return;
            }
        }
        throw new AssertionError("no central directory entry " + entryName);
    }

    /** A sheet of 200 MB of plausible rows deflating to ~1.6%: the zip bomb POI's own 1% floor lets through. */
    public static Path sheetBomb(Path dir, String name) throws IOException {
        return replacingIn(dir, "xl/worksheets/sheet1.xml", BadFiles::highlyCompressibleRows, name);
    }

    /** A shared-string table whose central directory declares 928 MB, as the hostile file did. */
    public static Path sharedStringsBomb(Path dir, String name) throws IOException {
        Path file = replacingIn(dir, "xl/sharedStrings.xml", out -> bigStrings(out, 10, 100), name);
        declareSize(file, "xl/sharedStrings.xml", 928L << 20);
        return file;
    }
}
