package org.pubstats.report;

import java.util.List;

/**
 * Labels of the national-format tables (2021 format, reference §3.2–3.5; Table 三 by {@link FormatEdition}), shared by
 * the workbook, the draft reports and table3-YYYY.csv.
 */
final class NationalFormat {

    private NationalFormat() {
    }

    static final String TABLE_THREE_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /**
     * A printed row of Table 三: its group (merged cell on the left, may be empty), its sub-group, its label, and the
     * lines of {@link RequestTable} whose sum it shows (one, but the 2019 format's single （六）其他处理 row).
     */
    record TableThreeRow(String group, String subGroup, String label, List<String> lines) {

        /** The row as table3-YYYY.csv names it: the label, a sub-row with its group's number (（三）3.危及“三安全一稳定”). */
        String csvLabel() {
            return subGroup.isEmpty() ? label : subGroup.substring(0, subGroup.indexOf('）') + 1) + label;
        }

        /** An outcome row of 三、本年度办理结果 other than （七）总计: those whose sum is （七）. */
        boolean outcome() {
            return !group.isEmpty() && !lines.contains(RequestTable.COMPLETED_TOTAL);
        }
    }

    private static final String RESULTS = "三、本年度办理结果";

    /** The rows of Table 三 in the 2021 format. */
    static final List<TableThreeRow> TABLE_THREE = tableThree2021();

    private static List<TableThreeRow> tableThree2021() {
        List<TableThreeRow> rows = new java.util.ArrayList<>();
        rows.add(new TableThreeRow("", "", "一、本年新收政府信息公开申请数量", List.of(RequestTable.RECEIVED)));
        rows.add(new TableThreeRow("", "", "二、上年结转政府信息公开申请数量", List.of(RequestTable.CARRIED_OVER)));
        for (String line : org.pubstats.normalise.RequestWords.OUTCOME_ROWS) {
            String sub = switch (line.substring(0, 3)) {
                case "（三）" -> "（三）不予公开";
                case "（四）" -> "（四）无法提供";
                case "（五）" -> "（五）不予处理";
                case "（六）" -> "（六）其他处理";
                default -> "";
            };
            String label = sub.isEmpty() ? (line.equals("（二）部分公开") ? "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" : line)
                    : line.substring(3);
            rows.add(new TableThreeRow(RESULTS, sub, label, List.of(line)));
        }
        rows.add(new TableThreeRow(RESULTS, "", "（七）总计", List.of(RequestTable.COMPLETED_TOTAL)));
        rows.add(new TableThreeRow("", "", "四、结转下年度继续办理", List.of(RequestTable.CARRIED_FORWARD)));
        return List.copyOf(rows);
    }

    /**
     * The rows of Table 三 in a year's format: the 2021 rows, or in the 2019 trial format （六）其他处理 as one row (the
     * sum of the 2021 format's three); none before 2019.
     */
    static List<TableThreeRow> tableThree(FormatEdition edition) {
        return switch (edition) {
            case COUNTY_TABLE_ONLY -> List.of();
            case FORMAT_2021 -> TABLE_THREE;
            case TRIAL_2019 -> {
                List<TableThreeRow> rows = new java.util.ArrayList<>();
                List<String> other = new java.util.ArrayList<>();
                for (TableThreeRow row : TABLE_THREE) {
                    if (row.subGroup().equals("（六）其他处理")) {
                        other.addAll(row.lines());
                        if (other.size() == 1) {
                            rows.add(null); // its place
                        }
                    } else {
                        rows.add(row);
                    }
                }
                rows.set(rows.indexOf(null), new TableThreeRow(RESULTS, "", "（六）其他处理", List.copyOf(other)));
                yield List.copyOf(rows);
            }
        };
    }

    static final List<String> TABLE_FOUR_GROUPS = List.of("行政复议", "行政诉讼：未经复议直接起诉", "行政诉讼：复议后起诉");
    static final List<String> TABLE_FOUR_RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    static final String NO_DATA_NOTE = "“—”：数据库中无此数据，请按实际情况填写。";

    /** The figure of a Table 三 row in an applicant column (0 to 6). */
    static int tableThreeValue(TableThreeRow row, RequestTable requests, int column) {
        int sum = 0;
        for (String line : row.lines()) {
            sum += requests.value(line, column);
        }
        return sum;
    }
}
