package org.pubstats.normalise;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/**
 * The header row of a returned department form: counted as a skipped row (a header), and recorded so that a form
 * whose figures are all blank still counts as returned.
 */
public record FormReturn(FileRef file, String sheet, int rowNo, String department, int year) implements IntakeRecord {
}
