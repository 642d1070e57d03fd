package org.pubstats.report;

import java.util.List;

import org.pubstats.report.YearEndData.Count;

/** 「各渠道」 and 「重点领域」: a label and the number of distinct items having it. */
final class CountsSheets {

    static final String CHANNELS = "各渠道";
    static final String KEY_AREAS = "重点领域";

    private CountsSheets() {
    }

    static void channels(SheetWriter out, YearEndData data) {
        write(out, data.year() + "年各公开渠道信息条数", "公开渠道", data.channels(),
                "注：一条信息可在多个渠道公开，各渠道相加大于信息总数（" + data.figures().distinctItems() + "）。");
    }

    static void keyAreas(SheetWriter out, YearEndData data) {
        write(out, data.year() + "年重点领域信息条数", "领域", data.keyAreas(),
                "注：“重点领域”为属于任一子领域或直接标为重点领域的信息条数，与全县汇总表一致；一条信息可属于多个子领域。");
    }

    private static void write(SheetWriter out, String title, String label, List<Count> counts, String note) {
        out.columns(24, 28);
        out.title(0, 1, title);
        out.header(1, 0, label);
        out.header(1, 1, "信息条数（相同信息计1条）");
        int r = 2;
        for (Count count : counts) {
            out.text(r, 0, count.label());
            out.number(r, 1, count.items());
            r++;
        }
        out.note(r + 1, 1, note);
        out.printable(false, 2);
    }
}
