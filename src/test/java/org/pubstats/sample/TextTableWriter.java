package org.pubstats.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;

import com.opencsv.CSVWriter;

/** Writes .csv (opencsv: quoting as needed or everywhere) and tab-separated .txt files. */
final class TextTableWriter {

    private TextTableWriter() {
    }

    static byte[] write(FilePlan plan) throws IOException {
        FileFormat f = plan.format();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (f.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        List<List<Cell>> rows = plan.sheets().get(0).rows();
        try (Writer w = new OutputStreamWriter(out, f.charset())) {
            if (f.kind() == FileFormat.Kind.CSV) {
                try (CSVWriter csv = new CSVWriter(w, f.separator(), CSVWriter.DEFAULT_QUOTE_CHARACTER,
                        CSVWriter.DEFAULT_ESCAPE_CHARACTER, f.lineEnd())) {
                    for (List<Cell> row : rows) {
                        csv.writeNext(row.stream().map(Cell::asText).toArray(String[]::new), f.quoteAll());
                    }
                }
            } else {
                for (List<Cell> row : rows) {
                    List<String> cells = row.stream().map(Cell::asText).toList();
                    for (String c : cells) {
                        if (c.contains("\t") || c.contains("\n") || c.contains("\"")) {
                            throw new IllegalStateException("a tab-separated text file cannot hold " + c);
                        }
                    }
                    w.write(String.join("\t", cells));
                    w.write(f.lineEnd());
                }
            }
        }
        return out.toByteArray();
    }
}
