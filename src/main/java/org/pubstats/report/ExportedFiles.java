package org.pubstats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The files an export wrote into an output folder for a year (table export_file): whether they are all still
 * there, and the digest of each feedback workbook's content, so one whose department's lines did not change
 * is left as it is.
 */
public class ExportedFiles {

    /** The parts of an export, each recorded as a whole by what writes it. */
    public enum Part {
        CONTRACT("contract"), YEAR_END("year-end"), FEEDBACK("feedback");

        final String code;

        Part(String code) {
            this.code = code;
        }
    }

    /** A file of the export: its path, the digest of its content (when known) and whether it was written just now. */
    public record ExportedFile(Path path, String digest, boolean written) {
        public static ExportedFile written(Path path) {
            return new ExportedFile(path, null, true);
        }
    }

    private final JdbcTemplate jdbc;

    public ExportedFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The digests recorded for the part's files, by absolute path. */
    Map<Path, String> digests(Path outDir, int year, Part part) {
        Path folder = folder(outDir);
        Map<Path, String> digests = new HashMap<>();
        jdbc.query("SELECT path, digest FROM export_file WHERE out_dir = ? AND year = ? AND part = ? AND digest IS NOT NULL",
                rs -> {
                    digests.put(folder.resolve(rs.getString("path")), rs.getString("digest"));
                }, folder.toString(), year, part.code);
        return digests;
    }

    /** Records the part's files as they are now: the ones no longer produced are forgotten. */
    void record(Path outDir, int year, Part part, List<ExportedFile> files) {
        Path folder = folder(outDir);
        jdbc.update("""
                DELETE FROM export_file WHERE out_dir = ? AND year = ? AND part = ?
                   AND NOT (path = ANY (?::text[]))""",
                folder.toString(), year, part.code,
                files.stream().map(f -> relative(folder, f.path())).toArray(String[]::new));
        jdbc.batchUpdate("""
                INSERT INTO export_file (out_dir, path, year, part, digest) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (out_dir, path) DO UPDATE SET year = EXCLUDED.year, part = EXCLUDED.part,
                    digest = EXCLUDED.digest,
                    written_at = CASE WHEN ? THEN now() ELSE export_file.written_at END""",
                files, 500, (ps, f) -> {
                    ps.setString(1, folder.toString());
                    ps.setString(2, relative(folder, f.path()));
                    ps.setInt(3, year);
                    ps.setString(4, part.code);
                    ps.setString(5, f.digest());
                    ps.setBoolean(6, f.written());
                });
    }

    /** Whether an export of the year went to the folder and every file it wrote is still there. */
    public boolean allPresent(Path outDir, int year) {
        Path folder = folder(outDir);
        List<String> paths = jdbc.queryForList("SELECT path FROM export_file WHERE out_dir = ? AND year = ?", String.class,
                folder.toString(), year);
        return !paths.isEmpty() && paths.stream().allMatch(path -> Files.isRegularFile(folder.resolve(path)));
    }

    private static Path folder(Path outDir) {
        return outDir.toAbsolutePath().normalize();
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString();
    }
}
