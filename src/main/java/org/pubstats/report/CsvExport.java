package org.pubstats.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * CSV for people: UTF-8 with a BOM so Excel and WPS open it correctly, every field quoted when
 * needed, and cells that a spreadsheet would run as a formula (= + - @ tab CR) neutralised with a
 * leading apostrophe. Written through {@link AtomicFile}, so no half-written file is left.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Rows handed over one at a time (by a query streaming them), written as they come. */
    public interface Rows {
        void forEach(Consumer<List<String>> row);
    }

    public static Path write(Path file, List<String> header, Iterable<List<String>> rows) {
        return write(file, header, (Rows) rows::forEach);
    }

    public static Path write(Path file, List<String> header, Rows rows) {
        return AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.write('\uFEFF');
            line(out, header);
            rows.forEach(row -> {
                try {
                    line(out, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        });
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String text = neutralise(value == null ? "" : value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** A cell starting with a formula trigger is prefixed with an apostrophe (OWASP CSV injection advice). */
    public static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
