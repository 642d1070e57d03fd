package org.pubstats.intake;

import java.util.Optional;

/** Finds the reader for a file extension; the formats themselves live in {@code intake.format}. */
public interface TableFormatRegistry {

    Optional<TableFormat> forExtension(String lowerCaseExtension);
}
