package org.pubstats.report;

import java.nio.file.Path;
import java.util.List;

import org.pubstats.intake.ReasonCode;
import org.pubstats.report.DepartmentFeedback.RejectedLine;
import org.pubstats.report.DepartmentFeedback.UnknownValue;

/**
 * feedback/&lt;department&gt;-YYYY.xlsx: what one department should correct, each row with where it came from.
 * Written straight into the file ({@link XlsxStream}): an export writes one per department, a thousand or more,
 * several at once.
 */
final class FeedbackWorkbook {

    static final String REJECTED = "未采用的行";
    static final String UNKNOWN = "词典中没有的值";
    static final String REVIEW = "待核查重复";

    private FeedbackWorkbook() {
    }

    static Path write(DepartmentFeedback feedback, AllowedNames allowed, Path file) {
        return AtomicFile.write(file, stream -> {
            try (XlsxStream workbook = new XlsxStream(stream, List.of(REJECTED, UNKNOWN, REVIEW))) {
                rejected(workbook.sheet(REJECTED), feedback);
                unknown(workbook.sheet(UNKNOWN), feedback, allowed);
                ReviewPairsSheet.write(workbook.sheet(REVIEW), feedback.year(),
                        feedback.department() + " " + feedback.year() + "年待核查的疑似重复信息", feedback.reviewPairs()::forEach,
                        ReviewPairsSheet.Reader.DEPARTMENT);
            }
        });
    }

    private static void rejected(SheetOut out, DepartmentFeedback feedback) {
        out.columns(28, 10, 8, 48, 16, 40);
        String[] header = {"文件", "工作表", "行", "原始内容", "原因", "说明"};
        out.title(0, header.length - 1, feedback.department() + " " + feedback.year() + "年报送表格中未采用的行");
        for (int c = 0; c < header.length; c++) {
            out.header(1, c, header[c]);
        }
        int r = 2;
        List<RejectedLine> lines = feedback.rejected();
        for (RejectedLine line : lines) {
            out.text(r, 0, line.file());
            out.text(r, 1, line.sheet());
            if (line.row() == null) {
                out.text(r, 2, "整个文件");
            } else {
                out.number(r, 2, line.row());
            }
            out.text(r, 3, line.rawValues());
            out.text(r, 4, ReasonCode.labelOf(line.reason()));
            out.text(r, 5, line.message());
            r++;
        }
        out.note(r + 1, header.length - 1, lines.isEmpty() ? "没有未采用的行。"
                : "请按“说明”更正原表格后重新报送；“行”为 Excel 中显示的行号。");
        out.printable(true, 2);
    }

    private static void unknown(SheetOut out, DepartmentFeedback feedback, AllowedNames allowed) {
        out.columns(14, 30, 10);
        out.title(0, 2, feedback.department() + " " + feedback.year() + "年词典中没有的公开渠道、信息类别");
        out.header(1, 0, "列");
        out.header(1, 1, "填写的值");
        out.header(1, 2, "行数");
        int r = 2;
        List<UnknownValue> values = feedback.unknown();
        for (UnknownValue value : values) {
            out.text(r, 0, value.kind());
            out.text(r, 1, value.value());
            out.number(r, 2, value.rows());
            r++;
        }
        if (values.isEmpty()) {
            out.note(r + 1, 2, "没有词典中没有的值。");
        } else {
            out.note(r + 1, 2, "这些值已按“其他”统计。请改用下列名称之一；确需新的名称，请与政务公开办联系。");
            out.note(r + 2, 2, "公开渠道可填：" + String.join("、", allowed.channels()));
            out.note(r + 3, 2, "信息类别可填：" + String.join("、", allowed.categories()));
        }
        out.printable(false, 2);
    }
}
