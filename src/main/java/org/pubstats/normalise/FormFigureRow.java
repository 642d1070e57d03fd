package org.pubstats.normalise;

import java.math.BigDecimal;

import org.pubstats.intake.DepartmentForm;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/**
 * An accepted figure of a returned department form (表二、表四填报表): the department and year the form names, which
 * figure of the form it is, and its value (a count, or 万元 with at most two decimals).
 */
public record FormFigureRow(FileRef file, String sheet, int rowNo, String department, int year,
                            DepartmentForm.Figure figure, BigDecimal value) implements IntakeRecord {
}
