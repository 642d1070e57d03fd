package org.pubstats.intake;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every stable reason code pubstats writes, in one place: why an inbox entry was not read (skipped), why a
 * file was rejected as a whole, why a row was rejected. The code is what {@code files-YYYY.csv},
 * {@code rejected-YYYY.csv} and the warehouse carry and scripts rely on (design.md §8); the label is the
 * short Chinese an office worker reads on the console and in the feedback files. Never rename a code.
 */
public enum ReasonCode {
    // an inbox entry not read (files-YYYY.csv, kind skipped)
    /** Not .xlsx/.xls/.csv/.txt. */
    UNSUPPORTED_FILE("不是电子表格文件", Scope.ENTRY, Scope.FILE),
    /** A symbolic link (shortcut): links are never followed, wherever they point. */
    SYMLINK("链接（快捷方式）", Scope.ENTRY),
    /** A FIFO, socket or device: not a regular file. */
    NOT_REGULAR_FILE("不是普通文件", Scope.ENTRY),
    /** A name starting with a dot (.DS_Store, .~lock…). */
    HIDDEN_FILE("隐藏文件", Scope.ENTRY),
    /** A folder whose name starts with a dot (.git, .Trash…), listed once for everything inside. */
    HIDDEN_FOLDER("隐藏文件夹", Scope.ENTRY),
    /** An Office lock file (~$…), left while a workbook is open. */
    OFFICE_LOCK_FILE("Office 临时锁定文件", Scope.ENTRY),
    /** The file or folder cannot be opened: permission denied. */
    PERMISSION_DENIED("没有权限打开", Scope.ENTRY),
    /** The file or folder cannot be opened for another reason (I/O error, vanished while listed …). */
    UNREADABLE_ENTRY("无法打开", Scope.ENTRY),
    /** A name holding backslashes (a zip made on Windows): one name here, never split into folders. */
    BACKSLASH_NAME("文件名含反斜杠", Scope.ENTRY),
    /** A name that would lead outside the inbox (.., an absolute name). */
    OUTSIDE_INBOX("文件名指向收件箱以外", Scope.ENTRY),
    /** A name the system's character set cannot decode (no UTF-8 locale, or not UTF-8 bytes). */
    UNDECODABLE_NAME("文件名无法识别", Scope.ENTRY),

    // a file rejected as a whole (files-YYYY.csv kind rejected; rejected-YYYY.csv with no row)
    UNREADABLE_FILE("文件无法读取",
            "文件已损坏或不是有效的表格文件，无法读取，请用Excel打开检查后重新另存", Scope.FILE),
    ENCRYPTED_FILE("文件设有密码",
            "文件设有密码保护，无法读取，请取消密码后重新报送", Scope.FILE),
    EMPTY_FILE("文件为空",
            "文件为空，没有任何数据行", Scope.FILE),
    NO_HEADER("未找到表头", Scope.FILE),
    SUSPICIOUS_FILE("疑似恶意文件",
            "文件结构异常（解压后体积异常巨大），疑似恶意文件，已拒绝读取", Scope.FILE),
    TOO_LARGE("文件内容过大",
            "文件内容过大，超出了可以安全读取的范围，请拆分成几个较小的文件后重新报送", Scope.FILE),
    DATABASE_REFUSED("数据库无法保存",
            "文件中有数据库无法保存的内容，整个文件未采用，请检查后重新报送", Scope.FILE),

    // a row rejected (rejected-YYYY.csv); BAD_ENCODING also rejects a whole file
    BAD_ENCODING("文字编码无法识别",
            "文件的文字编码无法识别，请另存为UTF-8或GBK编码的CSV文件后重新报送", Scope.FILE, Scope.ROW),
    NO_TITLE("未填写信息标题", Scope.ROW),
    JUNK_TITLE("信息标题不是有效文字", Scope.ROW),
    NO_DATE("未填写发布日期", Scope.ROW),
    BAD_DATE("发布日期无法识别", Scope.ROW),
    DATE_OUT_OF_RANGE("发布日期不在1949年至2100年之间", Scope.ROW),
    // a request row rejected for Table 三 (design.md §2.4)
    /** 申请人类型 not in jobs/applicant-types.csv. */
    UNKNOWN_APPLICANT("申请人类型无法识别", Scope.ROW),
    /** 办理结果 or 办理状态 not in jobs/request-outcomes.csv. */
    UNKNOWN_OUTCOME("办理结果无法识别", Scope.ROW),
    /** The completion cell is neither a date nor a status of jobs/request-outcomes.csv. */
    BAD_COMPLETION_DATE("办结日期无法识别", Scope.ROW),
    /** Completed (a completion date, 已办结) but no 办理结果 to count it under. */
    NO_OUTCOME("已办结但未填写办理结果", Scope.ROW),
    /** Completed before it was received. */
    COMPLETED_BEFORE_RECEIVED("办结日期早于收到日期", Scope.ROW),
    // a row of a returned department form (表二、表四填报表)
    /** The figure is not a number (text, 12件 …). */
    NOT_A_NUMBER("填报数不是数字", Scope.ROW),
    /** A negative figure where only 0 or more is allowed. */
    NEGATIVE_NUMBER("填报数为负数", Scope.ROW),
    /** A count with decimals. */
    NOT_WHOLE_NUMBER("件数应为整数", Scope.ROW),
    /** A 万元 amount with more than two decimals. */
    TOO_MANY_DECIMALS("金额最多两位小数", Scope.ROW),
    /** A row whose code the form of that year does not have (a row added or changed by hand). */
    UNKNOWN_FORM_ROW("填报表中没有此项", Scope.ROW);

    /** What a code is about. */
    public enum Scope { ENTRY, FILE, ROW }

    private final String label;
    private final String advice;
    private final Set<Scope> scopes;

    ReasonCode(String label, Scope first, Scope... more) {
        this(label, label, first, more);
    }

    ReasonCode(String label, String advice, Scope first, Scope... more) {
        this.label = label;
        this.advice = advice;
        this.scopes = EnumSet.of(first, more);
    }

    /** Short Chinese for people: the console summary, the feedback workbook. */
    public String label() {
        return label;
    }

    /** A sentence the office can act on, for a file rejected as a whole; the label where there is none. */
    public String advice() {
        return advice;
    }

    public boolean appliesTo(Scope scope) {
        return scopes.contains(scope);
    }

    /** The code as it is stored and exported. */
    public String code() {
        return name();
    }

    /** The code of a stored code string; empty for a code this version does not know (an older warehouse). */
    public static Optional<ReasonCode> of(String code) {
        for (ReasonCode reason : values()) {
            if (reason.name().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** The label of a stored code, or the code itself when unknown, so nothing is hidden. */
    public static String labelOf(String code) {
        return of(code).map(ReasonCode::label).orElse(code);
    }
}
