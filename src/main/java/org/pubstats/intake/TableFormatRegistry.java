package org.pubstats.intake;

import java.util.Optional;

/** Finds the reader for a file extension; the formats themselves live in {@code intake.format}. */
public interface TableFormatRegistry {

    Optional<TableFormat> forExtension(String lowerCaseExtension);

    /** The reader for a file, by the extension of its name (a path's last segment is enough). */
    default Optional<TableFormat> forFile(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return forExtension(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
