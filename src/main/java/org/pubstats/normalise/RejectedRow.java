package org.pubstats.normalise;

import java.util.List;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/** A row that cannot be used, with a stable reason code and a sentence for the office. */
public record RejectedRow(FileRef file, String sheet, int rowNo, RejectReason reason, String message,
                          List<String> rawCells) implements IntakeRecord {
}
