package org.pubstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the office's decisions into {@code jobs/dedup-overrides.csv}, so that the file stays the record and the
 * next run applies a decision made in the browser exactly like one typed there: a line
 * {@code 决定,标题A,日期A,标题B,日期B,备注} appended, or the lines of a decision removed (undo). The file keeps its
 * encoding (UTF-8, or GBK/GB18030 as Notepad saves it on Chinese Windows); it is replaced in one step.
 */
final class OverridesFile {

    static final String HEADER = "决定,标题A,日期A,标题B,日期B,备注";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;

    OverridesFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    synchronized void append(String verdict, String titleA, LocalDate dateA, String titleB, LocalDate dateB, String remark) {
        String line = String.join(",", field(verdict), field(titleA), dateA.toString(), field(titleB), dateB.toString(),
                field(remark));
        Text text = read();
        StringBuilder out = new StringBuilder(text.content());
        if (out.isEmpty()) {
            out.append(HEADER).append('\n');
        } else if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        out.append(line).append('\n');
        write(new Text(out.toString(), text.charset(), text.bom()));
    }

    /** Removes the lines of these numbers (1 = the first line), as the overrides' decisions name them. */
    synchronized void removeLines(Set<Integer> numbers) {
        Text text = read();
        List<String> kept = new ArrayList<>();
        List<String> lines = text.content().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!numbers.contains(i + 1)) {
                kept.add(lines.get(i));
            }
        }
        write(new Text(String.join("\n", kept) + "\n", text.charset(), text.bom()));
    }

    /** A field as Excel writes it: quoted when it holds a comma or a quote (quotes doubled); line breaks become spaces. */
    static String field(String value) {
        String flat = value == null ? "" : value.replaceAll("[\\r\\n]+", " ");
        return flat.contains(",") || flat.contains("\"") || flat.startsWith("#")
                ? "\"" + flat.replace("\"", "\"\"") + "\"" : flat;
    }

    private record Text(String content, Charset charset, boolean bom) {}

    private Text read() {
        if (!Files.exists(file)) {
            return new Text("", StandardCharsets.UTF_8, false);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                boolean bom = text.startsWith("\uFEFF");
                return new Text(bom ? text.substring(1) : text, StandardCharsets.UTF_8, bom);
            } catch (CharacterCodingException e) {
                return new Text(new String(bytes, GB18030), GB18030, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void write(Text text) {
        Path tmp = file.resolveSibling(file.getFileName() + ".console-tmp");
        try {
            Files.writeString(tmp, (text.bom() ? "\uFEFF" : "") + text.content(), text.charset());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
