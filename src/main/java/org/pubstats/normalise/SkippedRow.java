package org.pubstats.normalise;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/** A row read but not data: blank, a title above the header, the header, a 合计 row or a note. */
public record SkippedRow(FileRef file, String sheet, int rowNo, Why why) implements IntakeRecord {

    public enum Why { BLANK, TITLE_ROW, HEADER, TOTAL_ROW, NOTE_ROW }
}
