package org.pubstats.normalise;

import java.time.LocalDate;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/**
 * An accepted row of a request log (依申请公开). {@code requestKey} identifies one request
 * county-wide: department + 申请编号, or the whole normalised row where there is no number.
 */
public record RequestRow(FileRef file, String sheet, int rowNo, String department, String requestNo,
                         LocalDate receivedDate, String applicantType, String outcome, String requestKey)
        implements IntakeRecord {
}
