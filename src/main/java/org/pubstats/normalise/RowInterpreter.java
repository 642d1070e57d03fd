package org.pubstats.normalise;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.pubstats.intake.ColumnMap;
import org.pubstats.intake.Field;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns each source row into exactly one outcome — accepted item or request, rejected with a
 * reason, or skipped (blank, title, header, 合计, note) — so that every row read is accounted for.
 * File boundaries pass through unchanged.
 */
public class RowInterpreter implements ItemProcessor<IntakeRecord, IntakeRecord> {

    static final String OTHER = "其他";
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计|共计)([:：\\d\\s条件项个].*)?$");
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明|填表人|填报人|制表|制表人|审核|审核人|负责人|联系电话)[:：\\s].*|^(注|备注|说明)$");

    /** Both patterns need one of these first: most rows are ruled out without a regular expression. */
    private static final String TOTAL_FIRST = "合总小共";
    private static final String NOTE_FIRST = "注备说填制审负联";

    private final String defaultChannel;
    private final CellValues channelValues;
    private final CellValues categoryValues;
    private final RequestWords requestWords;

    public RowInterpreter(Dictionary channels, Dictionary categories, RequestWords requestWords, String defaultChannel) {
        this.defaultChannel = defaultChannel;
        this.channelValues = new CellValues(channels, true);
        this.categoryValues = new CellValues(categories, false);
        this.requestWords = requestWords;
    }

    @Override
    public IntakeRecord process(IntakeRecord record) {
        if (!(record instanceof SourceRow row)) {
            return record;
        }
        RawRow raw = row.raw();
        if (row.header()) {
            if (row.columns() != null && row.columns().kind() == ColumnMap.Kind.FORM) {
                return new FormReturn(row.file(), raw.sheet(), raw.rowNumber(), row.columns().form().department(),
                        row.columns().form().year());
            }
            return skipped(row, SkippedRow.Why.HEADER);
        }
        if (!raw.decodedCleanly()) {
            // never used, not even as a title row: its text is not what the office wrote
            return reject(row, RejectReason.BAD_ENCODING, raw.undecodable());
        }
        if (raw.isBlank()) {
            return skipped(row, SkippedRow.Why.BLANK);
        }
        if (row.columns() == null) {
            return skipped(row, SkippedRow.Why.TITLE_ROW);
        }
        if (row.columns().kind() == ColumnMap.Kind.FORM) {
            return FormRows.interpret(row);
        }
        if (onlySerialNumber(row)) {
            return skipped(row, SkippedRow.Why.BLANK); // templates come with 序号 filled in far below the data
        }
        String first = firstFilled(raw);
        char initial = first.isEmpty() ? ' ' : first.charAt(0);
        if (TOTAL_FIRST.indexOf(initial) >= 0 && TOTAL.matcher(first).matches()) {
            return skipped(row, SkippedRow.Why.TOTAL_ROW);
        }
        if (NOTE_FIRST.indexOf(initial) >= 0 && NOTE.matcher(first).matches()) {
            return skipped(row, SkippedRow.Why.NOTE_ROW);
        }
        return row.columns().kind() == ColumnMap.Kind.REQUESTS ? request(row) : item(row);
    }

    private IntakeRecord item(SourceRow row) {
        ColumnMap columns = row.columns();
        RawRow raw = row.raw();
        Optional<String> title = columns.value(raw, Field.TITLE);
        if (title.isEmpty()) {
            return reject(row, RejectReason.NO_TITLE, "“标题”列为空");
        }
        String docNo = columns.value(raw, Field.DOC_NO).orElse(null);
        KeyNormaliser.TitleKey key = KeyNormaliser.titleKey(title.get(), docNo);
        String titleNorm = key == null ? null : key.title();
        if (titleNorm == null || !hasLetter(titleNorm)) {
            return reject(row, RejectReason.JUNK_TITLE, "标题“" + title.get() + "”中没有文字");
        }
        DateOutcome date = date(columns.value(raw, Field.PUBLISH_DATE), "发布日期");
        if (date.reason() != null) {
            return reject(row, date.reason(), date.detail());
        }
        Optional<String> rawChannel = columns.value(raw, Field.CHANNEL);
        CellValues.Mapped channel = channelValues.of(rawChannel.orElse(null));
        boolean defaulted = channel.values().isEmpty();
        Set<String> channelSet = defaulted ? Set.of(defaultChannel) : channel.values();
        Optional<String> rawCategory = columns.value(raw, Field.CATEGORY);
        CellValues.Mapped category = categoryValues.of(rawCategory.orElse(null));
        String indexNo = columns.value(raw, Field.INDEX_NO).orElse(null);
        String url = columns.value(raw, Field.URL).orElse(null);
        return new ItemRow(row.file(), raw.sheet(), raw.rowNumber(), department(row),
                title.get(), titleNorm, date.date(), channelSet, category.values(),
                rawChannel.orElse(null), rawCategory.orElse(null),
                channel.unknown(), category.unknown(), defaulted,
                docNo, key.docNo(), indexNo, KeyNormaliser.indexNo(indexNo),
                url, KeyNormaliser.url(url));
    }

    private IntakeRecord request(SourceRow row) {
        ColumnMap columns = row.columns();
        RawRow raw = row.raw();
        DateOutcome date = date(columns.value(raw, Field.RECEIVED_DATE), "收到日期");
        if (date.reason() != null) {
            return reject(row, date.reason(), date.detail());
        }
        String department = department(row);
        Optional<String> number = columns.value(raw, Field.REQUEST_NO);
        String key = number
                .map(n -> department + "|" + compact(n))
                .orElseGet(() -> department + "|row|" + compact(String.join("|", raw.cells())));
        Optional<String> applicantType = columns.value(raw, Field.APPLICANT_TYPE);
        String applicantColumn = RequestWords.DEFAULT_APPLICANT;
        if (applicantType.isPresent()) {
            Optional<String> mapped = requestWords.applicantColumn(applicantType.get());
            if (mapped.isEmpty()) {
                return reject(row, RejectReason.UNKNOWN_APPLICANT, "申请人类型“" + applicantType.get()
                        + "”不在 jobs/applicant-types.csv 中，应为" + String.join("、", RequestWords.APPLICANT_COLUMNS) + "之一");
            }
            applicantColumn = mapped.get();
        }
        Optional<String> outcome = columns.value(raw, Field.OUTCOME);
        String outcomeRow = null;
        boolean inProgress = false;
        boolean saysCompleted = false;
        if (outcome.isPresent()) {
            Optional<String> mapped = requestWords.outcome(outcome.get());
            if (mapped.isEmpty()) {
                return reject(row, RejectReason.UNKNOWN_OUTCOME, "办理结果“" + outcome.get()
                        + "”不在 jobs/request-outcomes.csv 中，请改用年报表三的办理结果，或请政务公开办在该文件中补充");
            }
            inProgress = mapped.get().equals(RequestWords.IN_PROGRESS);
            saysCompleted = mapped.get().equals(RequestWords.COMPLETED);
            outcomeRow = inProgress || saysCompleted ? null : mapped.get();
        }
        Optional<String> status = columns.value(raw, Field.STATUS);
        if (status.isPresent()) {
            Optional<String> mapped = requestWords.outcome(status.get());
            if (mapped.isEmpty()) {
                return reject(row, RejectReason.UNKNOWN_OUTCOME, "办理状态“" + status.get()
                        + "”不在 jobs/request-outcomes.csv 中，应为“办理中”“已办结”或年报表三的办理结果");
            }
            inProgress |= mapped.get().equals(RequestWords.IN_PROGRESS);
            saysCompleted |= !mapped.get().equals(RequestWords.IN_PROGRESS);
            if (outcomeRow == null && RequestWords.OUTCOME_ROWS.contains(mapped.get())) {
                outcomeRow = mapped.get();
            }
        }
        LocalDate completedDate = null;
        Optional<String> completion = columns.value(raw, Field.COMPLETED_DATE);
        if (completion.isPresent()) {
            Optional<LocalDate> parsed = DateParser.parse(completion.get());
            Optional<String> asStatus = parsed.isPresent() ? Optional.empty() : requestWords.outcome(completion.get());
            if (parsed.isPresent()) {
                completedDate = parsed.get();
            } else if (asStatus.isPresent() && asStatus.get().equals(RequestWords.IN_PROGRESS)) {
                inProgress = true;
            } else if (asStatus.isPresent() && asStatus.get().equals(RequestWords.COMPLETED)) {
                saysCompleted = true;
            } else {
                return reject(row, RejectReason.BAD_COMPLETION_DATE, "办结日期“" + completion.get()
                        + "”既不是日期，也不是“办理中”“已办结”等办理状态");
            }
        }
        // A completion date decides; else 办理中 keeps it open; else 已办结 or an outcome completes it.
        boolean completed = completedDate != null || (!inProgress && (saysCompleted || outcomeRow != null));
        if (completed && outcomeRow == null) {
            return reject(row, RejectReason.NO_OUTCOME, "已办结的申请应填写办理结果（年报表三的办理结果，见 jobs/request-outcomes.csv）");
        }
        if (completedDate != null && completedDate.isBefore(date.date())) {
            return reject(row, RejectReason.COMPLETED_BEFORE_RECEIVED, "办结日期" + completedDate + "早于收到日期" + date.date());
        }
        return new RequestRow(row.file(), raw.sheet(), raw.rowNumber(), department, number.orElse(null),
                date.date(), applicantType.orElse(null), outcome.orElse(null), key,
                applicantColumn, outcomeRow, completed, completedDate);
    }

    private record DateOutcome(LocalDate date, RejectReason reason, String detail) {}

    private static DateOutcome date(Optional<String> cell, String column) {
        if (cell.isEmpty()) {
            return new DateOutcome(null, RejectReason.NO_DATE, "“" + column + "”列为空");
        }
        Optional<LocalDate> date = DateParser.parse(cell.get());
        if (date.isEmpty()) {
            return new DateOutcome(null, RejectReason.BAD_DATE, column + "“" + cell.get() + "”无法识别");
        }
        int year = date.get().getYear();
        if (year < 1949 || year > 2100) {
            return new DateOutcome(null, RejectReason.DATE_OUT_OF_RANGE, column + "“" + cell.get() + "”不在1949年至2100年之间");
        }
        return new DateOutcome(date.get(), null, null);
    }

    private static String department(SourceRow row) {
        return row.columns().value(row.raw(), Field.DEPARTMENT)
                .map(String::strip)
                .orElse(row.file().folderDepartment());
    }

    static RejectedRow reject(SourceRow row, RejectReason reason, String detail) {
        RawRow raw = row.raw();
        String where = "文件“" + row.file().relPath() + "”"
                + (raw.sheet().isEmpty() ? "" : "工作表“" + raw.sheet() + "”")
                + "第" + raw.rowNumber() + "行：";
        return new RejectedRow(row.file(), raw.sheet(), raw.rowNumber(), reason,
                where + reason.chinese() + "（" + detail + "）", raw.cells());
    }

    static SkippedRow skipped(SourceRow row, SkippedRow.Why why) {
        return new SkippedRow(row.file(), row.raw().sheet(), row.raw().rowNumber(), why);
    }

    private static boolean onlySerialNumber(SourceRow row) {
        Integer serial = row.columns().columns().get(Field.SERIAL_NO);
        if (serial == null) {
            return false;
        }
        List<String> cells = row.raw().cells();
        for (int i = 0; i < cells.size(); i++) {
            if (i != serial && !cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static String firstFilled(RawRow raw) {
        for (String cell : raw.cells()) {
            if (!cell.isBlank()) {
                return cell.strip();
            }
        }
        return "";
    }

    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
