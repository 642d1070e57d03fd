package org.pubstats.report;

/**
 * A probable duplicate for the office to look at: why it is listed (v_review_pairs.reason: 近似标题, 同题同日异文号,
 * 同题异日), how alike the titles are, and both source rows.
 */
record ReviewPair(double similarity, String reason, Side a, Side b) {

    /** One of the two rows: what it says (title, date, 文号) and where it is (department, file, sheet, row). */
    record Side(String title, String date, String docNo, String department, String file, String sheet, Integer row) {}
}
