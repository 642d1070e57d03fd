package org.pubstats.intake;

/**
 * The canonical columns pubstats understands. Item lists carry the first group; request logs
 * (依申请公开) carry the second: number, received date, applicant type, outcome, and the completion (a date,
 * or a status such as 办理中 / 已办结, in a column of its own or in the date's). Header synonyms for each live in {@code jobs/header-synonyms.csv}.
 */
public enum Field {
    TITLE, PUBLISH_DATE, CHANNEL, CATEGORY, DEPARTMENT, DOC_NO, INDEX_NO, URL,
    REQUEST_NO, RECEIVED_DATE, APPLICANT_TYPE, OUTCOME, COMPLETED_DATE, STATUS, SERIAL_NO;

    public boolean isRequestField() {
        return this == REQUEST_NO || this == RECEIVED_DATE || this == APPLICANT_TYPE || this == OUTCOME
                || this == COMPLETED_DATE || this == STATUS;
    }
}
