package org.pubstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.pubstats.ops.ServeOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The files the runs write into {@code --out}: the year-end files at its top and the departments' feedback
 * workbooks in {@code feedback/}. A download is served only by a name found in the folder's listing, so no request
 * can reach a file outside it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Downloads {

    static final String FEEDBACK = "feedback";

    /** A file to download: its name, the folder ("" or feedback), its size. */
    public record Entry(String folder, String name, long size) {
        public String href() {
            return "/downloads/" + (folder.isEmpty() ? "" : folder + "/") + name;
        }
    }

    private final Path out;

    Downloads(ServeOptions options) {
        this.out = options.run().out();
    }

    List<Entry> yearEnd() {
        return list(out, "");
    }

    List<Entry> feedback() {
        return list(out.resolve(FEEDBACK), FEEDBACK);
    }

    /** The file of this name in the folder ("" or feedback), if the folder lists it. */
    Optional<Path> find(String folder, String name) {
        Path dir = folder.isEmpty() ? out : out.resolve(FEEDBACK);
        return list(dir, folder).stream().filter(e -> e.name().equals(name)).findFirst().map(e -> dir.resolve(e.name()));
    }

    private static List<Entry> list(Path dir, String folder) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(f -> new Entry(folder, f.getFileName().toString(), size(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
