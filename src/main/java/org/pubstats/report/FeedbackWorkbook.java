package org.pubstats.report;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pubstats.report.YearEndData.RejectedLine;
import org.pubstats.report.YearEndData.ReviewPair;
import org.pubstats.report.YearEndData.UnknownValue;

/** feedback/&lt;department&gt;-YYYY.xlsx: what one department should correct, each row with where it came from. */
final class FeedbackWorkbook {

    static final String REJECTED = "未采用的行";
    static final String UNKNOWN = "词典中没有的值";
    static final String REVIEW = "待核查重复";

    private FeedbackWorkbook() {
    }

    /** Whether the department has anything to correct, i.e. whether it gets a file. */
    static boolean needed(YearEndData data, String department) {
        return !data.rejectedOf(department).isEmpty() || !data.unknownOf(department).isEmpty()
                || !data.reviewPairsOf(department).isEmpty();
    }

    static Path write(YearEndData data, String department, Path file) {
        return AtomicFile.write(file, stream -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
                rejected(new SheetWriter(workbook, styles, REJECTED), data, department, data.rejectedOf(department));
                unknown(new SheetWriter(workbook, styles, UNKNOWN), data, department, data.unknownOf(department));
                List<ReviewPair> pairs = data.reviewPairsOf(department);
                ReviewPairsSheet.write(new SheetWriter(workbook, styles, REVIEW),
                        department + " " + data.year() + "年待核查的疑似重复信息", pairs);
                workbook.write(stream);
            }
        });
    }

    private static void rejected(SheetWriter out, YearEndData data, String department, List<RejectedLine> lines) {
        String[] header = {"文件", "工作表", "行", "原始内容", "原因代码", "说明"};
        out.title(0, header.length - 1, department + " " + data.year() + "年报送表格中未采用的行");
        for (int c = 0; c < header.length; c++) {
            out.header(1, c, header[c]);
        }
        int r = 2;
        for (RejectedLine line : lines) {
            out.text(r, 0, line.file());
            out.text(r, 1, line.sheet());
            if (line.row() == null) {
                out.text(r, 2, "整个文件");
            } else {
                out.number(r, 2, line.row());
            }
            out.text(r, 3, line.rawValues());
            out.text(r, 4, line.reason());
            out.text(r, 5, line.message());
            r++;
        }
        out.note(r + 1, header.length - 1, lines.isEmpty() ? "没有未采用的行。"
                : "请按“说明”更正原表格后重新报送；“行”为 Excel 中显示的行号。");
        out.widths(28, 10, 8, 48, 16, 40);
        out.printable(true, 2);
    }

    private static void unknown(SheetWriter out, YearEndData data, String department, List<UnknownValue> values) {
        out.title(0, 2, department + " " + data.year() + "年词典中没有的公开渠道、信息类别");
        out.header(1, 0, "列");
        out.header(1, 1, "填写的值");
        out.header(1, 2, "行数");
        int r = 2;
        for (UnknownValue value : values) {
            out.text(r, 0, value.kind());
            out.text(r, 1, value.value());
            out.number(r, 2, value.rows());
            r++;
        }
        out.note(r + 1, 2, values.isEmpty() ? "没有词典中没有的值。"
                : "这些值已按“其他”统计。请改用规范名称，或请政务公开办在 jobs/channels.csv、jobs/categories.csv 中补充。");
        out.widths(14, 30, 10);
        out.printable(false, 2);
    }
}
