package org.pubstats.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the sample inbox of design.md §9 ({@code sample-data/huma-2018/}): about 100 department folders
 * whose run for 2018 must give the seed's county row, and beside it {@code huma-2018.expected.md}
 * saying what is in it. The same bytes on every run.
 */
public final class SampleInbox {

    private SampleInbox() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleInbox <inbox directory>   e.g. sample-data/huma-2018");
            System.exit(2);
        }
        Path inbox = Path.of(args[0]);
        List<FilePlan> files = write(inbox);
        System.out.println("wrote " + files.size() + " files to " + inbox + " and " + expectedReportOf(inbox));
    }

    /** (Re)writes the inbox, deleting what was there first, and the expected report beside it. */
    public static List<FilePlan> write(Path inboxDir) throws IOException {
        SampleModel model = SampleModel.build();
        InboxPlanner planner = new InboxPlanner(model);
        List<FilePlan> files = planner.plan();
        clear(inboxDir);
        for (FilePlan plan : files) {
            Path target = inboxDir.resolve(plan.path());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes(plan));
        }
        String report = ExpectedReport.render(model, files, planner, inboxDir.getFileName().toString());
        Files.writeString(expectedReportOf(inboxDir), report, StandardCharsets.UTF_8);
        return files;
    }

    public static Path expectedReportOf(Path inboxDir) {
        Path abs = inboxDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".expected.md");
    }

    static byte[] bytes(FilePlan plan) throws IOException {
        if (plan.rawBytes() != null) {
            return plan.rawBytes();
        }
        byte[] bytes = plan.format().isSpreadsheet() ? SpreadsheetWriter.write(plan) : TextTableWriter.write(plan);
        // cut inside the zip's entries, as an interrupted transfer would: no central directory, a broken sheet
        return plan.truncated() ? Arrays.copyOf(bytes, bytes.length * 55 / 100) : bytes;
    }

    /** Deletes the old inbox; refuses anything that looks like a project folder. */
    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir);
            return;
        }
        if (Files.exists(dir.resolve("pom.xml")) || Files.exists(dir.resolve(".git")) || Files.exists(dir.resolve("src"))) {
            throw new IllegalArgumentException(dir + " looks like a project folder, not an inbox; not deleting it");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
