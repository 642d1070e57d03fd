package org.pubstats.report;

import java.util.function.Consumer;

/** 「待核查重复」: probable duplicates the rules did not merge, both rows with where they came from. */
final class ReviewPairsSheet {

    static final String NAME = "待核查重复";
    static final String[] HEADER = {"相似度", "部门A", "标题A", "日期A", "文件A", "工作表A", "行A",
            "部门B", "标题B", "日期B", "文件B", "工作表B", "行B"};

    /** The pairs, handed over one at a time: the county's list is streamed from the warehouse, never held whole. */
    interface Pairs {
        void forEach(Consumer<ReviewPair> pair);
    }

    private ReviewPairsSheet() {
    }

    /** Who reads the sheet: the office decides in jobs/dedup-overrides.csv; a department tells the office. */
    enum Reader { OFFICE, DEPARTMENT }

    static void write(SheetOut out, String title, Pairs pairs, Reader reader) {
        out.columns(8, 14, 36, 11, 24, 10, 6, 14, 36, 11, 24, 10, 6);
        out.title(0, HEADER.length - 1, title);
        for (int c = 0; c < HEADER.length; c++) {
            out.header(1, c, HEADER[c]);
        }
        int[] r = {2};
        pairs.forEach(p -> {
            out.decimal(r[0], 0, p.similarity());
            side(out, r[0], 1, p.departmentA(), p.titleA(), p.dateA(), p.fileA(), p.sheetA(), p.rowA());
            side(out, r[0], 7, p.departmentB(), p.titleB(), p.dateB(), p.fileB(), p.sheetB(), p.rowB());
            r[0]++;
        });
        out.note(r[0] + 1, HEADER.length - 1, r[0] == 2 ? "没有待核查的疑似重复信息。"
                : reader == Reader.OFFICE
                ? "以上两条信息标题相近、日期相同或相近，但未按规则合并。如确属同一信息，请在 jobs/dedup-overrides.csv 中登记。"
                : "以上两条信息标题相近、日期相同或相近，未按同一条统计。如确属同一信息，请告知政务公开办。");
        out.printable(true, 2);
    }

    private static void side(SheetOut out, int r, int c, String department, String title, String date,
                             String file, String sheet, Integer row) {
        out.text(r, c, department);
        out.text(r, c + 1, title);
        out.text(r, c + 2, date);
        out.text(r, c + 3, file);
        out.text(r, c + 4, sheet);
        if (row == null) {
            out.text(r, c + 5, "");
        } else {
            out.number(r, c + 5, row);
        }
    }
}
