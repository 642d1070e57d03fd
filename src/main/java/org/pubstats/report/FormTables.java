package org.pubstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pubstats.intake.DepartmentForm;
import org.pubstats.intake.DepartmentForm.Figure;

/**
 * Tables 二 and 四 of the national format as the department forms fill them: the county's are the sums of the
 * returned forms ({@link FormsOverview#county()}), a department's its own form. Laid out by the year's edition
 * ({@link FormatEdition}): the 2021 columns, or the 2019 trial format's other rows and columns. Before 2019 there are
 * no forms: Table 二 keeps the 2021 labels with only the published 规范性文件 counted, as before. While no form has been
 * returned every cell is "—" (unknown, not zero); once one has, a figure left blank counts as 0.
 */
final class FormTables {

    private FormTables() {
    }

    /** A cell: its value, or null for "—"; amounts (万元) are shown with two decimals. */
    record Cell(BigDecimal value, boolean amount) {
        String text() {
            if (value == null) {
                return SheetWriter.NO_DATA;
            }
            return amount ? value.setScale(2, RoundingMode.HALF_UP).toPlainString() : value.toBigInteger().toString();
        }
    }

    record Line(String label, List<Cell> cells) {}

    /** A block of Table 二: caption (第二十条第（一）项 …), column labels and one line per 信息内容. */
    record Block(String caption, List<String> columns, List<Line> lines) {}

    /** The county's Table 二 for the year's format. */
    static List<Block> tableTwo(YearEndData data) {
        FormsOverview forms = data.forms();
        return tableTwo(data.year(), forms.any() ? forms.county() : null);
    }

    /** Table 二 of one form (or of a sum); {@code form} null: every cell "—". */
    static List<Block> tableTwo(int year, DepartmentForms form) {
        Map<String, Map<String, Map<String, Figure>>> grid = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Figure f : DepartmentForm.tableTwo(year)) {
            grid.computeIfAbsent(f.block(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(f.row(), r -> new LinkedHashMap<>()).put(f.column(), f);
            List<String> cols = columns.computeIfAbsent(f.block(), b -> new ArrayList<>());
            if (!cols.contains(f.column())) {
                cols.add(f.column());
            }
        }
        List<Block> blocks = new ArrayList<>();
        grid.forEach((caption, rows) -> {
            List<String> cols = columns.get(caption);
            List<Line> lines = new ArrayList<>();
            rows.forEach((label, figures) -> {
                List<Cell> cells = new ArrayList<>();
                for (String column : cols) {
                    Figure f = figures.get(column);
                    cells.add(f == null ? new Cell(null, false) : cell(form, f));
                }
                lines.add(new Line(label, cells));
            });
            blocks.add(new Block(caption, cols, lines));
        });
        return blocks;
    }

    /** Table 四's 15 figures in the format's order (行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持 … 总计). */
    static List<Cell> tableFour(YearEndData data) {
        FormsOverview forms = data.forms();
        return tableFour(forms.any() ? forms.county() : null);
    }

    static List<Cell> tableFour(DepartmentForms form) {
        List<Cell> cells = new ArrayList<>();
        for (Figure f : DepartmentForm.tableFour()) {
            cells.add(cell(form, f));
        }
        return cells;
    }

    /** The note under Table 二: where its figures come from, and the published 规范性文件 count kept visible. */
    static String tableTwoNote(YearEndData data) {
        FormsOverview forms = data.forms();
        String source = forms.any()
                ? "表二、表四为各部门报回的填报表之和（" + forms.returned().size() + "个部门已报回"
                        + (forms.missing().isEmpty() ? "" : "，" + forms.missing().size() + "个部门未报回，见“" + DepartmentFormsSheet.NAME + "”") + "）。"
                : "尚无部门报回表二、表四填报表（./pubstats forms 写出填报表），“—”处请按实际情况填写。";
        return source + "另：本年信息目录中公开的规范性文件" + data.figures().normativeDocuments() + "条（全县统计表“规范性文件”列）。";
    }

    /** The sentence under Table 四 in the county draft: the totals from the forms, or that none has been returned. */
    static String tableFourSentence(YearEndData data) {
        return tableFourSentence(data.forms().any() ? data.forms().county() : null, "各部门报回的填报表之和");
    }

    /** The sentence under Table 四 of a draft: the totals of {@code form} (null: not returned), naming where they come from. */
    static String tableFourSentence(DepartmentForms form, String source) {
        if (form == null) {
            return NationalFormat.NO_DATA_NOTE;
        }
        int total = DepartmentForm.TABLE_FOUR_RESULTS.size() - 1;
        return "本年度因政府信息公开被申请行政复议" + form.valueOrZero(DepartmentForm.tableFourCode(0, total)).toBigInteger()
                + "件，被提起行政诉讼" + form.valueOrZero(DepartmentForm.tableFourCode(1, total))
                        .add(form.valueOrZero(DepartmentForm.tableFourCode(2, total))).toBigInteger()
                + "件（" + source + "）。";
    }

    /** The note under Table 二 of a department's draft: its own form, or that it has not come back. */
    static String departmentNote(DepartmentForms form) {
        return form == null
                ? "本机关尚未报回表二、表四填报表（./pubstats forms 写出填报表），“—”处请按实际情况填写。"
                : "表二、表四为本机关报回的填报表（" + form.file() + "）。";
    }

    private static Cell cell(DepartmentForms form, Figure f) {
        boolean amount = f.kind() == DepartmentForm.Kind.AMOUNT;
        return new Cell(form == null ? null : form.valueOrZero(f.code()), amount);
    }

    /** Writes a cell of the county workbook. */
    static void write(SheetWriter out, int row, int col, Cell cell) {
        if (cell.value() == null) {
            out.noData(row, col);
        } else if (cell.amount()) {
            out.decimal(row, col, cell.value().setScale(2, RoundingMode.HALF_UP).doubleValue());
        } else {
            out.number(row, col, cell.value().longValue());
        }
    }
}
