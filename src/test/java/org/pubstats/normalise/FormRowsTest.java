package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pubstats.intake.ColumnMap;
import org.pubstats.intake.DepartmentForm;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.SourceRow;

/** A returned form's rows, one outcome each: the layout recognised from the cells alone (as a CSV gives them). */
class FormRowsTest {

    private static final FileRef FILE = new FileRef(1, "收回/表.csv", "收回");
    private final RowInterpreter interpreter = new RowInterpreter(Dictionary.parse(org.pubstats.jobsdir.JobsFile.parse("c.csv", "")),
            Dictionary.parse(org.pubstats.jobsdir.JobsFile.parse("k.csv", "")), RequestWords.load(java.nio.file.Path.of("jobs")),
            "政府网站");

    @Test
    void theLayoutIsRecognisedByItsFixedCellsWhateverTheFolder() {
        List<RawRow> above = List.of(row(1, "某局2022年…填报表"), row(2, "表单标识", DepartmentForm.MARKER),
                row(3, "填报单位", "呼玛县水务局"), row(4, "年度", "2022", "格式", "2021年格式"), row(5, "填表说明", "…"), row(6));
        assertThat(DepartmentForm.recognise(above, header())).contains(new DepartmentForm.Header("呼玛县水务局", 2022));
        assertThat(DepartmentForm.recognise(above.subList(2, 6), header())).as("no marker").isEmpty();
        assertThat(DepartmentForm.recognise(List.of(row(2, "表单标识", DepartmentForm.MARKER), row(3, "填报单位", "水务局"),
                row(4, "年度", "2018")), header())).as("no form before 2019").isEmpty();
        assertThat(DepartmentForm.recognise(above, row(7, "代码", "表", "项目"))).as("another header").isEmpty();
    }

    @Test
    void eachFigureRowIsAcceptedRejectedOrBlank() {
        assertThat(value(2022, "T2-01", "12")).isEqualByComparingTo("12");
        assertThat(value(2022, "T2-01", "１２")).as("full-width digits").isEqualByComparingTo("12");
        assertThat(value(2022, "T2-01", "1,234")).isEqualByComparingTo("1234");
        assertThat(value(2022, "T2-01", "3.0")).isEqualByComparingTo("3");
        assertThat(value(2022, "T2-10", "20.3")).isEqualByComparingTo("20.3");
        assertThat(value(2020, "T2S-08", "-2")).as("本年增/减 may be negative").isEqualByComparingTo("-2");
        assertThat(reason(2022, "T2-01", "-1")).isEqualTo(RejectReason.NEGATIVE_NUMBER);
        assertThat(reason(2022, "T2-10", "-0.5")).isEqualTo(RejectReason.NEGATIVE_NUMBER);
        assertThat(reason(2022, "T2-01", "十二")).isEqualTo(RejectReason.NOT_A_NUMBER);
        assertThat(reason(2022, "T2-01", "12件")).isEqualTo(RejectReason.NOT_A_NUMBER);
        assertThat(reason(2022, "T2-01", "1.5")).isEqualTo(RejectReason.NOT_WHOLE_NUMBER);
        assertThat(reason(2022, "T2-10", "1.234")).isEqualTo(RejectReason.TOO_MANY_DECIMALS);
        assertThat(reason(2022, "T2S-01", "1")).as("a 2019 code on a 2022 form").isEqualTo(RejectReason.UNKNOWN_FORM_ROW);
        assertThat(interpret(2022, "T4-05", "")).isInstanceOfSatisfying(SkippedRow.class,
                s -> assertThat(s.why()).isEqualTo(SkippedRow.Why.BLANK));
        IntakeRecord header = interpreter.process(new SourceRow(FILE, form(2022), header(), true));
        assertThat(header).isEqualTo(new FormReturn(FILE, "表二表四", 7, "水务局", 2022));
        RejectedRow rejected = (RejectedRow) interpret(2022, "T2-01", "-1");
        assertThat(rejected.message()).startsWith("文件“收回/表.csv”工作表“表二表四”第8行：填报数为负数");
    }

    private BigDecimal value(int year, String code, String text) {
        IntakeRecord out = interpret(year, code, text);
        assertThat(out).isInstanceOf(FormFigureRow.class);
        FormFigureRow row = (FormFigureRow) out;
        assertThat(row.department()).isEqualTo("水务局");
        assertThat(row.figure().code()).isEqualTo(code);
        return row.value();
    }

    private RejectReason reason(int year, String code, String text) {
        IntakeRecord out = interpret(year, code, text);
        assertThat(out).isInstanceOf(RejectedRow.class);
        return ((RejectedRow) out).reason();
    }

    private IntakeRecord interpret(int year, String code, String text) {
        List<String> cells = new ArrayList<>(List.of(code, "二", "项目", "行", "列", "件", text));
        return interpreter.process(new SourceRow(FILE, form(year), new RawRow("表二表四", 8, cells), false));
    }

    private static ColumnMap form(int year) {
        return new ColumnMap(ColumnMap.Kind.FORM, 7, Map.of(), new DepartmentForm.Header("水务局", year));
    }

    private static RawRow header() {
        return new RawRow("表二表四", 7, DepartmentForm.HEADER);
    }

    private static RawRow row(int n, String... cells) {
        return new RawRow("表二表四", n, List.of(cells));
    }
}
