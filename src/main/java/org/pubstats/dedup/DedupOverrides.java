package org.pubstats.dedup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsLine;
import org.pubstats.normalise.DateParser;
import org.pubstats.normalise.KeyNormaliser;

/**
 * The office's decisions on probable duplicates, from {@code jobs/dedup-overrides.csv}:
 * {@code 决定,标题A,日期A,标题B,日期B[,备注]} where 决定 is 合并 (the same information: merge) or 分开
 * (different information: keep apart and stop listing the pair), and from the review workbook saved as
 * {@code jobs/review-decisions.xlsx} ({@link DecisionsWorkbook}); the two combine ({@link #and}). Sides are matched
 * by normalised title and publish date, so a decision survives edits that move rows around. A header line starting
 * with 决定 is skipped; fields after 备注 are part of the remark, which is not read. A line that cannot be a
 * decision is an error naming the line: ignored, it would leave the office believing the pair decided.
 */
public record DedupOverrides(List<Decision> decisions) {

    public enum Verdict {
        MERGE, KEEP_APART;

        /** 合并 or 分开 as the office writes it (also merge / keep-apart); empty for any other word. */
        static Optional<Verdict> of(String word) {
            return switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "合并", "merge" -> Optional.of(MERGE);
                case "分开", "keep-apart", "keep apart" -> Optional.of(KEEP_APART);
                default -> Optional.empty();
            };
        }
    }

    /**
     * Where a decision was written, for the messages about it: {@code jobs/dedup-overrides.csv 第 4 行} or
     * {@code jobs/review-decisions.xlsx 工作表“待核查重复”第 12 行}.
     *
     * @param file  the file as the messages name it (empty: made in code)
     * @param sheet the workbook's sheet, null for a CSV file
     * @param line  the line or row as an editor or Excel shows it
     */
    public record Source(String file, String sheet, int line) {

        static final Source NONE = new Source("", null, 0);

        @Override
        public String toString() {
            String place = "第 " + line + " 行";
            if (sheet != null) {
                place = "工作表“" + sheet + "”" + place;
            }
            return file.isEmpty() ? place : file + " " + place;
        }
    }

    /**
     * One side of a decision: the rows of this normalised title and date, and of this normalised document number
     * when one is given (null: any). A number tells apart the two sides of a 同题同日异文号 pair.
     */
    public record Side(String titleNorm, LocalDate date, String docNoNorm) {

        public Side(String titleNorm, LocalDate date) {
            this(titleNorm, date, null);
        }

        /** A side as the office wrote it: the title and number normalised as a row's are (design.md §3). */
        public static Side of(String title, LocalDate date, String docNo) {
            KeyNormaliser.TitleKey key = KeyNormaliser.titleKey(title, docNo);
            return key == null ? null : new Side(key.title(), date, docNo == null || docNo.isBlank() ? null : key.docNo());
        }

        /** The same title and date; the numbers equal where both sides give one. */
        boolean matches(Side other) {
            return titleNorm.equals(other.titleNorm) && date.equals(other.date)
                    && (docNoNorm == null || other.docNoNorm == null || docNoNorm.equals(other.docNoNorm));
        }
    }

    /** One decision, with where it was written. */
    public record Decision(Verdict verdict, Side a, Side b, Source source) {

        public Decision(Verdict verdict, Side a, Side b) {
            this(verdict, a, b, Source.NONE);
        }

        boolean covers(Side x, Side y) {
            return (a.matches(x) && b.matches(y)) || (a.matches(y) && b.matches(x));
        }
    }

    public static DedupOverrides load(Path file) {
        if (!Files.exists(file)) {
            return new DedupOverrides(List.of());
        }
        return parse(JobsFile.read(file));
    }

    static DedupOverrides parse(JobsFile file) {
        List<Decision> decisions = new ArrayList<>();
        for (JobsLine line : file.lines()) {
            List<String> fields = line.fields();
            if (fields.get(0).equals("决定")) {
                continue;
            }
            if (fields.size() < 5) {
                throw file.problem(line, "每行应为：决定,标题A,日期A,标题B,日期B[,备注]，此行只有 " + fields.size()
                        + " 列；标题中有逗号时请用英文双引号括起来");
            }
            Verdict verdict = Verdict.of(fields.get(0)).orElseThrow(
                    () -> file.problem(line, "决定应为“合并”或“分开”，此行为“" + fields.get(0) + "”"));
            Side a = side(file, line, "A", fields.get(1), fields.get(2));
            Side b = side(file, line, "B", fields.get(3), fields.get(4));
            decisions.add(new Decision(verdict, a, b, new Source(file.name(), null, line.lineNumber())));
        }
        return new DedupOverrides(List.copyOf(decisions));
    }

    private static Side side(JobsFile file, JobsLine line, String which, String title, String date) {
        if (KeyNormaliser.title(title) == null) {
            throw file.problem(line, "标题" + which + "为空");
        }
        return DateParser.parse(date).map(d -> Side.of(title, d, null)).orElseThrow(() -> file.problem(line,
                "日期" + which + "“" + date + "”无法识别，请写成 2018-03-05 这样的日期；标题中有逗号时请用英文双引号括起来"));
    }

    /** The decisions of both, this one's first: the CSV file's lines and the workbook's rows. */
    public DedupOverrides and(DedupOverrides other) {
        if (other.decisions.isEmpty()) {
            return this;
        }
        List<Decision> both = new ArrayList<>(decisions);
        both.addAll(other.decisions);
        return new DedupOverrides(List.copyOf(both));
    }

    public List<Decision> merges() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.MERGE).toList();
    }

    public List<Decision> keepApart() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.KEEP_APART).toList();
    }

    public boolean decided(Side x, Side y) {
        return decisions.stream().anyMatch(d -> d.covers(x, y));
    }
}
