package org.pubstats.report;

import java.util.List;

import org.pubstats.intake.DepartmentForm;
import org.pubstats.report.NationalFormat.TableThreeRow;

/**
 * 「国家格式表」: Tables 二, 三 and 四 of the national format, in the year's edition (from 2019; {@link FormatEdition}).
 * Table 三 is filled whole from the request logs, with its rules checked below it; Tables 二 and 四 are the sums of the
 * department forms ({@link FormTables}), "—" while no form has come back, so nobody mistakes an unknown for a zero.
 */
final class NationalTablesSheet {

    static final String NAME = "国家格式表";
    static final int LAST_COL = 9;

    private NationalTablesSheet() {
    }

    static void write(SheetWriter out, YearEndData data) {
        out.columns(20, 16, 66, 14, 14, 14, 14, 14, 14, 12);
        out.title(0, LAST_COL, data.year() + "年政府信息公开工作年度报告表格（国家格式）");
        int r = tableTwo(out, data, 2);
        r = tableThree(out, data, r + 1);
        r = TableThreeNotes.write(out, data.edition(), Table3Checks.check(Table3Checks.COUNTY, data.requests(), data.edition()),
                r + 1, LAST_COL);
        r = tableFour(out, data, r + 1);
        out.note(r + 1, LAST_COL, NationalFormat.NO_DATA_NOTE);
        out.printable(true, 0);
    }

    /** Table 二 (the year's edition): the sums of the department forms, see {@link FormTables}. */
    private static int tableTwo(SheetWriter out, YearEndData data, int r) {
        out.title(r++, LAST_COL, "二、主动公开政府信息情况");
        for (FormTables.Block block : FormTables.tableTwo(data)) {
            out.header(r, 0, block.caption());
            out.merge(r, r, 0, 2 + block.columns().size());
            r++;
            out.header(r, 0, "信息内容");
            out.merge(r, r, 0, 2);
            for (int c = 0; c < block.columns().size(); c++) {
                out.header(r, 3 + c, block.columns().get(c));
            }
            out.height(r, 30);
            r++;
            for (FormTables.Line line : block.lines()) {
                out.text(r, 0, line.label());
                out.merge(r, r, 0, 2);
                for (int c = 0; c < line.cells().size(); c++) {
                    FormTables.write(out, r, 3 + c, line.cells().get(c));
                }
                r++;
            }
        }
        out.note(r++, LAST_COL, FormTables.tableTwoNote(data));
        return r;
    }

    /**
     * Table 四 (the same in 2019 and 2021): the sums of the department forms, one line per kind of case (the
     * format's one row of 15 figures, folded to fit the sheet: 行政复议, 未经复议直接起诉, 复议后起诉).
     */
    private static int tableFour(SheetWriter out, YearEndData data, int r) {
        out.title(r++, LAST_COL, "四、政府信息公开行政复议、行政诉讼情况");
        out.header(r, 0, "类别");
        out.merge(r, r, 0, 2);
        List<String> results = DepartmentForm.TABLE_FOUR_RESULTS;
        for (int c = 0; c < results.size(); c++) {
            out.header(r, 3 + c, results.get(c));
        }
        r++;
        List<FormTables.Cell> cells = FormTables.tableFour(data);
        for (int b = 0; b < DepartmentForm.TABLE_FOUR_BLOCKS.size(); b++) {
            out.text(r, 0, DepartmentForm.TABLE_FOUR_BLOCKS.get(b));
            out.merge(r, r, 0, 2);
            for (int c = 0; c < results.size(); c++) {
                FormTables.write(out, r, 3 + c, cells.get(b * results.size() + c));
            }
            r++;
        }
        return r;
    }

    private static int tableThree(SheetWriter out, YearEndData data, int r) {
        out.title(r++, LAST_COL, "三、收到和处理政府信息公开申请情况");
        int top = r;
        out.header(top, 0, NationalFormat.TABLE_THREE_CORNER);
        out.merge(top, top + 2, 0, 2);
        out.header(top, 3, "申请人情况");
        out.merge(top, top, 3, 9);
        out.header(top + 1, 3, "自然人");
        out.merge(top + 1, top + 2, 3, 3);
        out.header(top + 1, 4, "法人或其他组织");
        out.merge(top + 1, top + 1, 4, 8);
        for (int c = 1; c <= 5; c++) {
            out.header(top + 2, 3 + c, RequestTable.COLUMNS.get(c));
        }
        out.header(top + 1, 9, "总计");
        out.merge(top + 1, top + 2, 9, 9);
        out.height(top, 48);
        r = top + 3;
        int groupStart = -1;
        int subStart = -1;
        String group = "";
        String sub = "";
        for (TableThreeRow row : NationalFormat.tableThree(data.edition())) {
            if (!row.group().equals(group)) {
                closeGroup(out, groupStart, r - 1, 0, group);
                group = row.group();
                groupStart = r;
            }
            if (!row.subGroup().equals(sub)) {
                closeGroup(out, subStart, r - 1, 1, sub);
                sub = row.subGroup();
                subStart = r;
            }
            int labelFrom = row.group().isEmpty() ? 0 : row.subGroup().isEmpty() ? 1 : 2;
            out.text(r, labelFrom, row.label());
            if (labelFrom < 2) {
                out.merge(r, r, labelFrom, 2);
            }
            for (int c = 0; c < RequestTable.COLUMNS.size(); c++) {
                out.number(r, 3 + c, NationalFormat.tableThreeValue(row, data.requests(), c));
            }
            r++;
        }
        closeGroup(out, groupStart, r - 1, 0, group);
        closeGroup(out, subStart, r - 1, 1, sub);
        return r;
    }

    /** Writes a group label (三、本年度办理结果, （三）不予公开 …) merged down the rows it covers. */
    private static void closeGroup(SheetWriter out, int from, int to, int col, String label) {
        if (label.isEmpty() || from < 0) {
            return;
        }
        out.header(from, col, label);
        if (to > from) {
            out.merge(from, to, col, col);
        }
    }
}
