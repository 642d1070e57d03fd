package org.pubstats.normalise.legacy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectReason;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;
import org.pubstats.normalise.SkippedRow;
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

    private final Dictionary channels;
    private final Dictionary categories;
    private final String defaultChannel;

    public RowInterpreter(Dictionary channels, Dictionary categories, String defaultChannel) {
        this.channels = channels;
        this.categories = categories;
        this.defaultChannel = defaultChannel;
    }

    @Override
    public IntakeRecord process(IntakeRecord record) {
        if (!(record instanceof SourceRow row)) {
            return record;
        }
        RawRow raw = row.raw();
        if (row.header()) {
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
        if (onlySerialNumber(row)) {
            return skipped(row, SkippedRow.Why.BLANK); // templates come with 序号 filled in far below the data
        }
        String first = firstFilled(raw);
        if (TOTAL.matcher(first).matches()) {
            return skipped(row, SkippedRow.Why.TOTAL_ROW);
        }
        if (NOTE.matcher(first).matches()) {
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
        String titleNorm = KeyNormaliser.title(title.get());
        if (titleNorm == null || titleNorm.codePoints().noneMatch(Character::isLetter)) {
            return reject(row, RejectReason.JUNK_TITLE, "标题“" + title.get() + "”中没有文字");
        }
        DateOutcome date = date(columns.value(raw, Field.PUBLISH_DATE), "发布日期");
        if (date.reason() != null) {
            return reject(row, date.reason(), date.detail());
        }
        List<String> unknownChannels = new ArrayList<>();
        Optional<String> rawChannel = columns.value(raw, Field.CHANNEL);
        Set<String> channelSet = map(rawChannel, channels, unknownChannels, true);
        boolean defaulted = channelSet.isEmpty();
        if (defaulted) {
            channelSet.add(defaultChannel);
        }
        List<String> unknownCategories = new ArrayList<>();
        Optional<String> rawCategory = columns.value(raw, Field.CATEGORY);
        Set<String> categorySet = map(rawCategory, categories, unknownCategories, false);
        String docNo = columns.value(raw, Field.DOC_NO).orElse(null);
        String indexNo = columns.value(raw, Field.INDEX_NO).orElse(null);
        String url = columns.value(raw, Field.URL).orElse(null);
        return new ItemRow(row.file(), raw.sheet(), raw.rowNumber(), department(row),
                title.get(), titleNorm, date.date(), channelSet, categorySet,
                rawChannel.orElse(null), rawCategory.orElse(null),
                unknownChannels, unknownCategories, defaulted,
                docNo, KeyNormaliser.docNo(docNo), indexNo, KeyNormaliser.indexNo(indexNo),
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
        return new RequestRow(row.file(), raw.sheet(), raw.rowNumber(), department, number.orElse(null),
                date.date(), columns.value(raw, Field.APPLICANT_TYPE).orElse(null),
                columns.value(raw, Field.OUTCOME).orElse(null), key,
                "其他", null, false, null); // no Table 三 fields before they existed
    }

    private Set<String> map(Optional<String> cell, Dictionary dictionary, List<String> unknown, boolean canonicalOnly) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : ValueSplitter.split(cell.orElse(null))) {
            Optional<Set<String>> known = dictionary.lookup(value);
            if (known.isPresent()) {
                if (canonicalOnly) {
                    values.add(known.get().iterator().next());
                } else {
                    values.addAll(known.get());
                }
            } else {
                values.add(OTHER);
                unknown.add(value);
            }
        }
        return values;
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

    private static RejectedRow reject(SourceRow row, RejectReason reason, String detail) {
        RawRow raw = row.raw();
        String where = "文件“" + row.file().relPath() + "”"
                + (raw.sheet().isEmpty() ? "" : "工作表“" + raw.sheet() + "”")
                + "第" + raw.rowNumber() + "行：";
        return new RejectedRow(row.file(), raw.sheet(), raw.rowNumber(), reason,
                where + reason.chinese() + "（" + detail + "）", raw.cells());
    }

    private static SkippedRow skipped(SourceRow row, SkippedRow.Why why) {
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
