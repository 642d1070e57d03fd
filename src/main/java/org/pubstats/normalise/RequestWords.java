package org.pubstats.normalise;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsLine;

/**
 * The words of request logs the office maps to Table 三 (design.md §2.4): {@code jobs/applicant-types.csv}
 * (申请人类型 → one of the six applicant columns) and {@code jobs/request-outcomes.csv} (办理结果 or 办理状态 →
 * one of the format's outcome rows, or the status 办理中 / 已办结). Both are {@code value,canonical} files read
 * like the other dictionaries ({@link Dictionary}); a line whose canonical value is not a column, a row or a
 * status stops the run with the file and the line named.
 */
public final class RequestWords {

    /** The six applicant columns of Table 三, in the format's order (the 总计 is their sum). */
    public static final List<String> APPLICANT_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");

    /** An empty 申请人类型 counts in this column. */
    public static final String DEFAULT_APPLICANT = "其他";

    /**
     * The outcome rows of Table 三 (2021 format) as request_row.outcome_row and table3_line.line hold them: a
     * sub-row with its group's number in front.
     */
    public static final List<String> OUTCOME_ROWS = List.of(
            "（一）予以公开",
            "（二）部分公开",
            "（三）1.属于国家秘密",
            "（三）2.其他法律行政法规禁止公开",
            "（三）3.危及“三安全一稳定”",
            "（三）4.保护第三方合法权益",
            "（三）5.属于三类内部事务信息",
            "（三）6.属于四类过程性信息",
            "（三）7.属于行政执法案卷",
            "（三）8.属于行政查询事项",
            "（四）1.本机关不掌握相关政府信息",
            "（四）2.没有现成信息需要另行制作",
            "（四）3.补正后申请内容仍不明确",
            "（五）1.信访举报投诉类申请",
            "（五）2.重复申请",
            "（五）3.要求提供公开出版物",
            "（五）4.无正当理由大量反复申请",
            "（五）5.要求行政机关确认或重新出具已获取信息",
            "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "（六）3.其他");

    /** The statuses request-outcomes.csv may map to. */
    public static final String IN_PROGRESS = "办理中";
    public static final String COMPLETED = "已办结";

    private final Dictionary applicants;
    private final Dictionary outcomes;

    private RequestWords(Dictionary applicants, Dictionary outcomes) {
        this.applicants = applicants;
        this.outcomes = outcomes;
    }

    /** Reads {@code applicant-types.csv} and {@code request-outcomes.csv} of the jobs folder. */
    public static RequestWords load(Path jobsDir) {
        return parse(JobsFile.read(jobsDir.resolve("applicant-types.csv")), JobsFile.read(jobsDir.resolve("request-outcomes.csv")));
    }

    static RequestWords parse(JobsFile applicantFile, JobsFile outcomeFile) {
        check(applicantFile, Set.copyOf(APPLICANT_COLUMNS), "申请人类型应为" + String.join("、", APPLICANT_COLUMNS) + "之一");
        java.util.Set<String> outcomeTargets = new java.util.HashSet<>(OUTCOME_ROWS);
        outcomeTargets.add(IN_PROGRESS);
        outcomeTargets.add(COMPLETED);
        check(outcomeFile, outcomeTargets, "第二列应为表三的一行（如“（一）予以公开”“（三）1.属于国家秘密”，与文件开头的说明一致）"
                + "或“办理中”“已办结”");
        return new RequestWords(Dictionary.parse(applicantFile), Dictionary.parse(outcomeFile));
    }

    private static void check(JobsFile file, Set<String> allowed, String what) {
        for (JobsLine line : file.lines()) {
            List<String> fields = line.fields();
            if (fields.size() < 2 || fields.get(1).isEmpty() || fields.get(0).equalsIgnoreCase("value")) {
                continue;
            }
            if (!allowed.contains(fields.get(1))) {
                throw file.problem(line, "“" + fields.get(1) + "”不能使用：" + what);
            }
        }
    }

    /** The applicant column of a 申请人类型 cell, or empty when the dictionary does not know the words. */
    public Optional<String> applicantColumn(String value) {
        Optional<String> column = applicants.lookup(value).map(values -> values.iterator().next());
        if (column.isEmpty() && value != null) {
            // 法人或其他组织（商业企业）: the sub-type in brackets
            java.util.regex.Matcher inner = BRACKETED.matcher(value);
            if (inner.find()) {
                column = applicants.lookup(inner.group(1)).map(values -> values.iterator().next());
            }
        }
        return column;
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[（(]([^）)]+)[）)]\\s*$");

    /** The outcome row or status (办理中, 已办结) of a 办理结果 or 办理状态 cell, or empty when unknown. */
    public Optional<String> outcome(String value) {
        return outcomes.lookup(value).map(values -> values.iterator().next());
    }
}
