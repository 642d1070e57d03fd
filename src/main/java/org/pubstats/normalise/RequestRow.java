package org.pubstats.normalise;

import java.time.LocalDate;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/**
 * An accepted row of a request log (依申请公开). {@code requestKey} identifies one request
 * county-wide: department + 申请编号, or the whole normalised row where there is no number. For Table 三
 * (design.md §2.4): {@code applicantColumn} is one of {@link RequestWords#APPLICANT_COLUMNS},
 * {@code outcomeRow} one of {@link RequestWords#OUTCOME_ROWS} (null while none is written), {@code completed}
 * whether the row says the request is completed, and {@code completedDate} when (null: not given, the received
 * date counts).
 */
public record RequestRow(FileRef file, String sheet, int rowNo, String department, String requestNo,
                         LocalDate receivedDate, String applicantType, String outcome, String requestKey,
                         String applicantColumn, String outcomeRow, boolean completed, LocalDate completedDate)
        implements IntakeRecord {
}
