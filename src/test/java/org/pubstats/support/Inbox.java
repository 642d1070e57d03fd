package org.pubstats.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes test inboxes: {@code <root>/<department>/<file>} as CSV or xlsx, generated in the test. */
public final class Inbox {

    private final Path root;

    public Inbox(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path csv(String relPath, List<List<String>> rows) {
        return csv(relPath, rows, StandardCharsets.UTF_8, ",");
    }

    public Path csv(String relPath, List<List<String>> rows, Charset charset, String separator) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(separator, row.stream().map(Inbox::quote).toList())).append("\r\n");
        }
        return write(relPath, text.toString().getBytes(charset));
    }

    public Path xlsx(String relPath, List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("目录");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            Path file = root.resolve(relPath);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(String relPath, byte[] bytes) {
        try {
            Path file = root.resolve(relPath);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of several parts one after the other: text in mixed encodings, a marker before a body. */
    public static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public void delete(String relPath) {
        try {
            Files.delete(root.resolve(relPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
