package org.pubstats.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What published lists wrap around a title, taken off before matching (design.md §3): a leading label
 * ({@code 标题：}, {@code 题目：}), a trailing page fragment ({@code 发布时间：…}, {@code 发表时间：…}, {@code 来源：…}),
 * status markers in brackets ({@code （已废止）}, {@code 【已失效】} …) and a trailing bracketed document number
 * ({@code …的通知（岳办发〔2017〕2号）}). Brackets that are part of a name ({@code （试行）}, {@code （2018年）},
 * {@code （暂行）}) stay. Works on the compacted title of {@link KeyNormaliser#title}: NFKC, no white space, so
 * full-width brackets and colons are already ASCII.
 */
final class TitleWrappers {

    /** A title without its wrappers, and the document number its end carried (null when none). */
    record Unwrapped(String title, String trailingDocNo) {}

    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:标题|题目|文件标题|信息标题)[:：]");
    private static final Pattern TRAILING_FRAGMENT = Pattern.compile(
            "[(\\[【]?(?:发布时间|发表时间|发布日期|来源|信息来源)[:：].*$");
    private static final Pattern STATUS = Pattern.compile(
            "[(\\[【〔](?:已废止|已失效|已修改|已修订|已撤销|已停止执行|失效|废止|作废|已作废)[)\\]】〕]$");
    /** A 文号: an issuer, a year in brackets (or written plainly), a serial, 号. */
    private static final Pattern TRAILING_DOC_NO = Pattern.compile(
            "[(\\[【]([^()\\[\\]【】]{1,30}?(?:[〔\\[(【]\\d{4}[〕\\])】]|\\d{4})第?\\d{1,5}号)[)\\]】]$");

    private TitleWrappers() {
    }

    /** Nothing a wrapper could start from: no label colon anywhere, no bracket closing the title. */
    private static boolean plain(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ')' || last == ']' || last == '】' || last == '〕') {
            return false;
        }
        return text.indexOf(':') < 0 && text.indexOf('：') < 0;
    }

    static Unwrapped strip(String compact) {
        if (plain(compact)) {
            return new Unwrapped(compact, null); // most titles: no colon, no closing bracket at the end
        }
        String text = LEADING_LABEL.matcher(compact).replaceFirst("");
        String docNo = null;
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            Matcher fragment = TRAILING_FRAGMENT.matcher(text);
            if (fragment.find() && fragment.start() > 0) {
                text = text.substring(0, fragment.start());
                changed = true;
            }
            Matcher status = STATUS.matcher(text);
            if (status.find() && status.start() > 0) {
                text = text.substring(0, status.start());
                changed = true;
            }
            Matcher number = TRAILING_DOC_NO.matcher(text);
            if (docNo == null && number.find() && number.start() > 0) {
                docNo = number.group(1);
                text = text.substring(0, number.start());
                changed = true;
            }
        }
        return new Unwrapped(text, docNo);
    }
}
