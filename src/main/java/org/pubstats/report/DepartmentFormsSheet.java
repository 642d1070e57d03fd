package org.pubstats.report;

import java.util.List;

import org.pubstats.intake.DepartmentForm;
import org.pubstats.intake.DepartmentForm.Figure;

/**
 * 「各部门表二表四」: every department's Tables 二 and 四 from its returned form, side by side, one line per department
 * (those of the roster first, then any other that returned a form), with the county's sums last. A department that has
 * not returned its form says so; a form whose Table 四 breaks 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 shows the
 * numbers in the last column.
 */
final class DepartmentFormsSheet {

    static final String NAME = "各部门表二表四";
    static final String NOT_RETURNED = "未报回";
    static final String RETURNED = "已报回";
    static final String CONSISTENT = "相符";
    private static final int FIRST_FIGURE = 3;

    private DepartmentFormsSheet() {
    }

    static void write(SheetWriter out, FormsOverview forms) {
        int year = forms.year();
        List<Figure> figures = DepartmentForm.figures(year);
        int unfilledCol = FIRST_FIGURE + figures.size();
        int checkCol = unfilledCol + 1;
        int[] widths = new int[checkCol + 1];
        widths[0] = 28;
        widths[1] = 8;
        widths[2] = 30;
        for (int i = 0; i < figures.size(); i++) {
            widths[FIRST_FIGURE + i] = 12;
        }
        widths[unfilledCol] = 8;
        widths[checkCol] = 60;
        out.columns(widths);
        out.title(0, Math.min(checkCol, 12), year + "年各部门表二、表四（据各部门报回的填报表，" + DepartmentForm.editionName(year) + "）");
        out.note(1, Math.min(checkCol, 12), "应报回" + (forms.fromRoster() ? "（jobs/departments.csv 所列部门）" : "（本年有数据的部门）")
                + forms.expected().size() + "个部门，已报回" + forms.returned().size() + "个，未报回" + forms.missing().size()
                + "个；表四核对规则：每类案件 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结，不符的" + forms.broken().size()
                + "个部门在“表四核对”列列出数字。同一部门报回多份时只计最新的一份。空白为未填（按0计入合计）。");
        int r = 2;
        out.header(r, 0, "部门");
        out.header(r, 1, "状态");
        out.header(r, 2, "报回的文件");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            out.header(r, FIRST_FIGURE + i, "表" + f.table() + " " + f.row());
            out.header(r + 1, FIRST_FIGURE + i, f.column() + "（" + f.code() + "）");
        }
        out.header(r, unfilledCol, "未填项数");
        out.header(r, checkCol, "表四核对");
        for (int c : new int[] {0, 1, 2, unfilledCol, checkCol}) {
            out.header(r + 1, c, "");
            out.merge(r, r + 1, c, c);
        }
        r += 2;
        for (String department : forms.expected()) {
            DepartmentForms form = forms.of(department);
            out.text(r, 0, department);
            if (form == null) {
                out.text(r, 1, NOT_RETURNED);
                out.text(r, 2, "");
                for (int i = 0; i < figures.size(); i++) {
                    out.text(r, FIRST_FIGURE + i, "");
                }
                out.text(r, unfilledCol, "");
                out.text(r, checkCol, "");
            } else {
                out.text(r, 1, RETURNED);
                line(out, r, form, figures, unfilledCol);
                List<String> problems = form.tableFourProblems();
                out.text(r, checkCol, problems.isEmpty() ? CONSISTENT : String.join("；", problems));
            }
            r++;
        }
        out.header(r, 0, FormsOverview.COUNTY);
        out.header(r, 1, "");
        out.header(r, 2, forms.returned().size() + "份之和");
        line(out, r, forms.county(), figures, unfilledCol);
        List<String> problems = forms.county().tableFourProblems();
        out.text(r, checkCol, problems.isEmpty() ? CONSISTENT : String.join("；", problems));
        out.printable(true, 4);
    }

    private static void line(SheetWriter out, int r, DepartmentForms form, List<Figure> figures, int unfilledCol) {
        if (!form.file().isEmpty()) {
            out.text(r, 2, form.file());
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (form.value(f.code()).isPresent()) {
                FormTables.write(out, r, FIRST_FIGURE + i, new FormTables.Cell(form.value(f.code()).get(),
                        f.kind() == DepartmentForm.Kind.AMOUNT));
            } else {
                out.text(r, FIRST_FIGURE + i, "");
            }
        }
        if (form.file().isEmpty()) {
            out.text(r, unfilledCol, "");
        } else {
            out.number(r, unfilledCol, form.unfilled());
        }
    }
}
