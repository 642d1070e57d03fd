package org.pubstats.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * 「待核查重复」: probable duplicates the rules did not merge, why each is listed, both rows with their 文号 and where
 * they came from. The same columns, in the same order, as the review list the office decides in
 * ({@link ReviewWorkbook}, review-YYYY.csv), which adds 决定 and 备注.
 */
final class ReviewPairsSheet {

    static final String NAME = "待核查重复";

    /** The columns of one pair: 序号, 原因, 相似度, then A's and B's. */
    static final List<String> HEADER = List.of("序号", "原因", "相似度",
            "标题A", "日期A", "文号A", "部门A", "文件A", "工作表A", "行A",
            "标题B", "日期B", "文号B", "部门B", "文件B", "工作表B", "行B");

    /** Column widths in characters, in the order of {@link #HEADER}. */
    static final int[] WIDTHS = {6, 14, 8, 36, 11, 18, 14, 24, 10, 6, 36, 11, 18, 14, 24, 10, 6};

    /** The pairs, handed over one at a time: the county's list is streamed from the warehouse, never held whole. */
    interface Pairs {
        void forEach(Consumer<ReviewPair> pair);
    }

    private ReviewPairsSheet() {
    }

    /** Who reads the sheet: the office decides in the review workbook; a department tells the office. */
    enum Reader { OFFICE, DEPARTMENT }

    static void write(SheetOut out, int year, String title, Pairs pairs, Reader reader) {
        out.columns(WIDTHS);
        int last = HEADER.size() - 1;
        out.title(0, last, title);
        header(out, 1);
        int[] r = {2};
        pairs.forEach(p -> {
            row(out, r[0], r[0] - 1, p);
            r[0]++;
        });
        out.note(r[0] + 1, last, r[0] == 2 ? "没有待核查的疑似重复信息。"
                : reader == Reader.OFFICE
                ? "以上两条信息相似，但未按规则合并，“原因”列说明为何列出。请在核查清单 review-" + year
                        + ".xlsx 的“决定”列选择“合并”或“分开”，另存为 jobs/review-decisions.xlsx，下次运行即按此处理。"
                : "以上两条信息相似，未按同一条统计，“原因”列说明为何列出。如确属同一信息（或确非同一信息），请告知政务公开办。");
        out.printable(true, 2);
    }

    static void header(SheetOut out, int r) {
        for (int c = 0; c < HEADER.size(); c++) {
            out.header(r, c, HEADER.get(c));
        }
    }

    /** One pair in the columns of {@link #HEADER}, numbered. */
    static void row(SheetOut out, int r, int number, ReviewPair p) {
        out.number(r, 0, number);
        out.text(r, 1, p.reason());
        out.decimal(r, 2, p.similarity());
        side(out, r, 3, p.a());
        side(out, r, 10, p.b());
    }

    private static void side(SheetOut out, int r, int c, ReviewPair.Side side) {
        out.text(r, c, side.title());
        out.text(r, c + 1, side.date());
        out.text(r, c + 2, side.docNo());
        out.text(r, c + 3, side.department());
        out.text(r, c + 4, side.file());
        out.text(r, c + 5, side.sheet());
        if (side.row() == null) {
            out.text(r, c + 6, "");
        } else {
            out.number(r, c + 6, side.row());
        }
    }
}
