package org.pubstats.normalise;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What published lists wrap around a title, taken off before matching (design.md §3): a leading label
 * ({@code 标题：}, {@code 题目：}), a trailing page fragment ({@code 发布时间：…}, {@code 发表时间：…}, {@code 来源：…}),
 * status markers in brackets ({@code （已废止）}, {@code 【已失效】} …) and a trailing bracketed document number
 * ({@code …的通知（岳办发〔2017〕2号）}). Brackets that are part of a name ({@code （试行）}, {@code （2018年）},
 * {@code （暂行）}) stay. Works on the compacted title of {@link KeyNormaliser#title}: NFKC, no white space, so
 * full-width brackets and colons are already ASCII. On the load's hot path: plain string scans, a pattern only
 * for the few characters inside a closing bracket that ends in 号.
 */
final class TitleWrappers {

    /** A title without its wrappers, and the document number its end carried (null when none). */
    record Unwrapped(String title, String trailingDocNo) {}

    private static final List<String> LABELS = List.of("标题:", "题目:", "文件标题:", "信息标题:");
    private static final List<String> FRAGMENTS = List.of("发布时间:", "发表时间:", "发布日期:", "信息来源:", "来源:");
    private static final Set<String> STATUS = Set.of("已废止", "已失效", "已修改", "已修订", "已撤销", "已停止执行",
            "失效", "废止", "作废", "已作废");
    private static final int MAX_STATUS = 5;
    private static final String OPENING = "([【〔";
    private static final String CLOSING = ")]】〕";
    /** A 文号 inside brackets: an issuer, a year (in brackets or plain), a serial, 号. */
    private static final Pattern DOC_NO = Pattern.compile(".{1,30}?(?:[〔\\[(【]\\d{4}[〕\\])】]|\\d{4})第?\\d{1,5}号");

    private TitleWrappers() {
    }

    static Unwrapped strip(String compact) {
        String text = compact;
        if (text.indexOf(':') >= 0) {
            text = withoutLabel(text);
            text = withoutFragment(text);
        }
        String docNo = null;
        while (!text.isEmpty() && CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0) {
            int open = openingOfLast(text);
            if (open <= 0) {
                break; // nothing before the brackets: the title is the bracket
            }
            int length = text.length() - 2 - open;
            boolean number = text.charAt(text.length() - 2) == '号';
            String inside = number || length <= MAX_STATUS ? text.substring(open + 1, text.length() - 1) : null;
            if (!number && inside != null && STATUS.contains(inside)) {
                text = text.substring(0, open);
            } else if (number && docNo == null && DOC_NO.matcher(inside).matches()) {
                docNo = inside;
                text = text.substring(0, open);
            } else {
                break; // part of the name: (试行), (2018年), (第3号)
            }
        }
        return new Unwrapped(text, docNo);
    }

    private static String withoutLabel(String text) {
        for (String label : LABELS) {
            if (text.startsWith(label)) {
                return text.substring(label.length());
            }
        }
        return text;
    }

    /** Cut at the first page fragment label (with an opening bracket right before it, if any). */
    private static String withoutFragment(String text) {
        int cut = -1;
        for (String fragment : FRAGMENTS) {
            int at = text.indexOf(fragment);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        if (cut < 0) {
            return text;
        }
        if (OPENING.indexOf(text.charAt(cut - 1)) >= 0) {
            cut--;
        }
        return cut == 0 ? text : text.substring(0, cut);
    }

    /** Where the bracket closing the text opens, counting nested brackets (〔2017〕 inside (…号)); -1 if none. */
    private static int openingOfLast(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLOSING.indexOf(c) >= 0) {
                depth++;
            } else if (OPENING.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
