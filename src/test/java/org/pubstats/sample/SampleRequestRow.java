package org.pubstats.sample;

import java.time.LocalDate;

/** One line of a department's 依申请公开 log. */
public record SampleRequestRow(Department dept, String number, String applicantType, LocalDate received,
                         String subject, String outcome) {
}
