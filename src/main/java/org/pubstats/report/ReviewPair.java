package org.pubstats.report;

/** A probable duplicate for the office to look at, with both source rows. */
record ReviewPair(double similarity, String departmentA, String titleA, String dateA, String fileA, String sheetA, Integer rowA,
                  String departmentB, String titleB, String dateB, String fileB, String sheetB, Integer rowB) {
}
