package org.pubstats.report;

import java.util.List;

/** Below a Table 三 in a workbook: how it is counted, and the rules it breaks (or that it keeps them). */
final class TableThreeNotes {

    static final String HOW = "表三由各部门依申请公开登记表计算，一件申请（部门加申请编号）只计一次："
            + "一为本年收到的申请；二为上年及以前收到、本年1月1日仍未办结的申请；三为本年办结的申请，按办理结果"
            + "（jobs/request-outcomes.csv）分行；四为本年12月31日仍未办结的申请。申请人类型按 jobs/applicant-types.csv 计入各列，"
            + "未填写类型的计入“其他”；已办结未填办结日期的，按收到日期计。";

    private TableThreeNotes() {
    }

    /** Writes the notes from row {@code r}; returns the row after them. */
    static int write(SheetWriter out, FormatEdition edition, List<Table3Checks.Breach> breaches, int r, int lastCol) {
        out.note(r++, lastCol, HOW + (edition == FormatEdition.TRIAL_2019 ? "2019—2020年试行格式的“（六）其他处理”为一行。" : ""));
        if (breaches.isEmpty()) {
            out.note(r++, lastCol, "勾稽关系核对：" + Table3Checks.STATED + "（各列）、" + Table3Checks.COLUMNS_ADD_UP + "（各行）、"
                    + Table3Checks.OUTCOMES_ADD_UP + "（各列），均相符。");
        } else {
            for (Table3Checks.Breach breach : breaches) {
                out.note(r++, lastCol, "勾稽关系不符：" + breach.sentence());
            }
        }
        return r;
    }
}
