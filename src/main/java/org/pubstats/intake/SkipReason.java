package org.pubstats.intake;

import java.nio.file.AccessDeniedException;
import java.io.IOException;

/**
 * Why an inbox entry is not read: a stable code for scripts and a sentence in plain Chinese for the
 * office. Every such entry is listed in {@code files-YYYY.csv} (kind {@code skipped}, 0 rows), never dropped.
 */
public record SkipReason(ReasonCode reason, String message) {

    /** The stable code, as stored and exported. */
    public String code() {
        return reason.code();
    }


    public static SkipReason unsupported() {
        return new SkipReason(ReasonCode.UNSUPPORTED_FILE, "不是电子表格文件，未读取（支持 .xlsx .xls .csv .txt）");
    }

    static SkipReason symlink(String target, boolean outside) {
        String where = target == null ? "" : outside
                ? "，它指向收件箱以外的 " + target
                : "，它指向 " + target;
        return new SkipReason(ReasonCode.SYMLINK, "这是一个链接（快捷方式）" + where
                + "；为安全起见不跟随链接，未读取；请把文件本身复制到收件箱");
    }

    static SkipReason notRegularFile() {
        return new SkipReason(ReasonCode.NOT_REGULAR_FILE, "不是普通文件（管道、套接字或设备），未读取");
    }

    static SkipReason hiddenFile() {
        return new SkipReason(ReasonCode.HIDDEN_FILE, "隐藏文件（名称以“.”开头，通常由系统自动生成），未读取");
    }

    static SkipReason hiddenFolder() {
        return new SkipReason(ReasonCode.HIDDEN_FOLDER, "隐藏文件夹（名称以“.”开头，通常由系统或软件自动生成），其中的文件都未读取");
    }

    static SkipReason officeLock() {
        return new SkipReason(ReasonCode.OFFICE_LOCK_FILE, "Office 临时锁定文件（名称以“~$”开头，表格打开时自动生成），未读取");
    }

    static SkipReason backslashName() {
        return new SkipReason(ReasonCode.BACKSLASH_NAME, "文件名中含有反斜杠“\\”（常见于在 Windows 上制作的压缩包解压后），未读取；"
                + "请重新解压或把文件改为普通文件名后放入部门文件夹");
    }

    static SkipReason outsideInbox() {
        return new SkipReason(ReasonCode.OUTSIDE_INBOX, "文件名指向收件箱以外的位置，未读取");
    }

    static SkipReason undecodableName() {
        return new SkipReason(ReasonCode.UNDECODABLE_NAME, "文件名无法识别（系统字符集不是 UTF-8，或文件名不是 UTF-8 编码），未读取；"
                + "请设置 LANG=C.UTF-8 后再运行，或用 ./pubstats 启动");
    }

    /** A file or folder that could not be opened: permission denied or another I/O error. */
    static SkipReason unreadable(IOException e, boolean folder) {
        String what = folder ? "文件夹" : "文件";
        if (e instanceof AccessDeniedException) {
            return new SkipReason(ReasonCode.PERMISSION_DENIED, "没有权限打开此" + what + "，未读取"
                    + (folder ? "（其中的文件都未读取）" : "") + "；请检查" + what + "权限");
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
        return new SkipReason(ReasonCode.UNREADABLE_ENTRY, "无法打开此" + what + "，未读取（" + detail + "）");
    }
}
