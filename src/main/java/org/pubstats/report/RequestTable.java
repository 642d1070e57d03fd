package org.pubstats.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pubstats.normalise.RequestWords;

/**
 * One Table 三 (a department's or the county's) as the warehouse holds it (request_figures, design.md §2.4): for each
 * line of the 2021 format (一, 二, the outcome rows as {@link RequestWords#OUTCOME_ROWS} name them, （七）总计, 四) the
 * seven applicant columns, 总计 last. A line or column not stored is 0.
 */
record RequestTable(Map<String, int[]> lines) {

    /** The seven applicant columns of Table 三, 总计 last. */
    static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    static final int TOTAL = COLUMNS.size() - 1;

    static final String RECEIVED = "一";
    static final String CARRIED_OVER = "二";
    static final String COMPLETED_TOTAL = "（七）总计";
    static final String CARRIED_FORWARD = "四";

    static RequestTable empty() {
        return new RequestTable(Map.of());
    }

    /** The number of a line in a column (0 to 6). */
    int value(String line, int column) {
        int[] values = lines.get(line);
        return values == null ? 0 : values[column];
    }

    /** Builds tables cell by cell, as they are read from request_figures. */
    static final class Builder {
        private final Map<String, int[]> lines = new HashMap<>();

        void add(String line, String applicant, int requests) {
            int column = COLUMNS.indexOf(applicant);
            if (column < 0) {
                column = COLUMNS.indexOf(RequestWords.DEFAULT_APPLICANT);
            }
            lines.computeIfAbsent(line, l -> new int[COLUMNS.size()])[column] += requests;
        }

        RequestTable build() {
            return new RequestTable(Map.copyOf(lines));
        }
    }
}
