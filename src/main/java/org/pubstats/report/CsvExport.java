package org.pubstats.report;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
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
 * CSV for people: UTF-8 with a BOM so Excel and WPS open it correctly, written by opencsv with a field
 * quoted only when it holds a comma, a quote or a line break, lines ending in CR LF, and cells that a
 * spreadsheet would run as a formula (= + - @ tab CR) neutralised with a leading apostrophe. Written
 * through {@link AtomicFile}, so no half-written file is left.
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
            // Not closed: AtomicFile closes the stream it opened.
            ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\r\n").build();
            line(csv, header);
            rows.forEach(row -> line(csv, row));
            csv.flush();
        });
    }

    private static void line(ICSVWriter csv, List<String> cells) {
        String[] fields = new String[cells.size()];
        for (int i = 0; i < fields.length; i++) {
            String value = cells.get(i);
            fields[i] = neutralise(value == null ? "" : value);
        }
        csv.writeNext(fields, false);
        // The writer keeps an I/O error instead of throwing it; stop the rows at the first one.
        if (csv.getException() != null) {
            throw new UncheckedIOException(csv.getException());
        }
    }

    /** A cell starting with a formula trigger is prefixed with an apostrophe (OWASP CSV injection advice). */
    public static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
