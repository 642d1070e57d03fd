package org.pubstats.normalise;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

import org.pubstats.intake.DepartmentForm;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.SourceRow;

/**
 * One outcome for each row below a returned form's header: the figure accepted, rejected with a reason (not a
 * number, negative, a count with decimals, an amount with more than two decimals, a row the form does not have), or
 * skipped as blank when its 填报数 is empty (the figure then counts as not filled in).
 */
final class FormRows {

    private FormRows() {
    }

    static IntakeRecord interpret(SourceRow row) {
        RawRow raw = row.raw();
        DepartmentForm.Header form = row.columns().form();
        String code = raw.cell(0).strip();
        Optional<DepartmentForm.Figure> figure = DepartmentForm.figure(form.year(), code);
        String text = raw.cell(DepartmentForm.VALUE_COLUMN).strip();
        if (figure.isEmpty()) {
            if (code.isEmpty() && text.isEmpty()) {
                return RowInterpreter.skipped(row, SkippedRow.Why.NOTE_ROW); // a line of text below the figures
            }
            return RowInterpreter.reject(row, RejectReason.UNKNOWN_FORM_ROW, "代码“" + code + "”不是" + form.year() + "年填报表中的项目");
        }
        DepartmentForm.Figure f = figure.get();
        String what = f.row() + "·" + f.column();
        if (text.isEmpty()) {
            return RowInterpreter.skipped(row, SkippedRow.Why.BLANK);
        }
        BigDecimal value = number(text);
        if (value == null) {
            return RowInterpreter.reject(row, RejectReason.NOT_A_NUMBER, what + "“" + text + "”不是数字");
        }
        if (value.signum() < 0 && f.kind() != DepartmentForm.Kind.CHANGE) {
            return RowInterpreter.reject(row, RejectReason.NEGATIVE_NUMBER, what + "为" + text + "，不能小于0");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (f.kind() == DepartmentForm.Kind.AMOUNT) {
            if (plain.scale() > 2) {
                return RowInterpreter.reject(row, RejectReason.TOO_MANY_DECIMALS, what + "为" + text + "（单位：万元，最多两位小数）");
            }
        } else if (plain.scale() > 0) {
            return RowInterpreter.reject(row, RejectReason.NOT_WHOLE_NUMBER, what + "为" + text + "，应为整数");
        }
        if (plain.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0) {
            return RowInterpreter.reject(row, RejectReason.NOT_A_NUMBER, what + "“" + text + "”超出可填写的范围");
        }
        return new FormFigureRow(row.file(), raw.sheet(), raw.rowNumber(), form.department(), form.year(), f,
                plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** The number a cell holds: full-width digits, a thousands comma and spaces are allowed; null when not a number. */
    static BigDecimal number(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (t.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        }
        if (!t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
