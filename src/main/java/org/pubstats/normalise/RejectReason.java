package org.pubstats.normalise;

import org.pubstats.intake.ReasonCode;

/**
 * Why {@link RowInterpreter} rejects a row: the row-level codes of {@link ReasonCode}, which holds the stable
 * code (rejected-YYYY.csv, scripts rely on it) and its Chinese label.
 */
public enum RejectReason {
    NO_TITLE, JUNK_TITLE, NO_DATE, BAD_DATE, DATE_OUT_OF_RANGE, BAD_ENCODING,
    UNKNOWN_APPLICANT, UNKNOWN_OUTCOME, BAD_COMPLETION_DATE, NO_OUTCOME, COMPLETED_BEFORE_RECEIVED,
    NOT_A_NUMBER, NEGATIVE_NUMBER, NOT_WHOLE_NUMBER, TOO_MANY_DECIMALS, UNKNOWN_FORM_ROW;

    public ReasonCode code() {
        return ReasonCode.valueOf(name());
    }

    public String chinese() {
        return code().label();
    }
}
