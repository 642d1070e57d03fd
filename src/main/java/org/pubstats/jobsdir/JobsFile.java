package org.pubstats.jobsdir;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file under {@code jobs/}, as the office edits it in Notepad or Excel: UTF-8 with or without a
 * BOM, or GBK/GB18030; comma-separated fields, quoted with {@code "} where a field holds a comma or a quote
 * ({@code ""} inside); blank lines and lines whose first field starts with {@code #} are comments. Fields are
 * stripped of surrounding white space, and empty fields at the end of a line are dropped (Excel pads short
 * rows with commas). A header line is left to the caller, which knows what its header looks like.
 * A quoted field cannot span lines: none of these files needs one, and a line with a stray quote is then
 * reported on its own rather than swallowing the lines after it.
 *
 * @param name  the file as the error messages name it ({@code jobs/channels.csv})
 * @param lines the lines that are neither blank nor comments
 */
public record JobsFile(String name, List<JobsLine> lines) {

    public JobsFile {
        lines = List.copyOf(lines);
    }

    public static JobsFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String name = file.toString();
        return parse(name, OfficeEncoding.decode(name, bytes));
    }

    /** The lines of a file's text, already decoded. */
    public static JobsFile parse(String name, String text) {
        // RFC 4180 as Excel writes it: a quote only opens a field at its start, so 关于"十三五"规划 typed in
        // Notepad stays as typed (opencsv's default parser drops some of such quotes and every backslash).
        ICSVParser parser = new RFC4180ParserBuilder().build();
        List<JobsLine> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue; // before parsing, so that a quote in a comment cannot make it malformed
            }
            List<String> fields = fields(parser, line, name, number);
            if (!fields.isEmpty() && !fields.get(0).startsWith("#")) {
                lines.add(new JobsLine(number, fields));
            }
        }
        return new JobsFile(name, lines);
    }

    private static List<String> fields(ICSVParser parser, String line, String name, int number) {
        String[] parsed;
        try {
            parsed = parser.parseLineMulti(line);
        } catch (IOException e) {
            parsed = null;
        }
        if (parsed == null || parser.isPending()) {
            // pending: a quoted field left open at the end of the line
            throw new JobsFileException(name, number, "引号不配对。含逗号的内容请用英文双引号括起来，引号紧挨逗号，"
                    + "内容中的双引号要写两遍（\"\"）");
        }
        List<String> fields = new ArrayList<>(Arrays.stream(parsed).map(String::strip).toList());
        while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    /** An error naming this file and the line, for the office to correct. */
    public JobsFileException problem(JobsLine line, String what) {
        return new JobsFileException(name, line.lineNumber(), what);
    }
}
