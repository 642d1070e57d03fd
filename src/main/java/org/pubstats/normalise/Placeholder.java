package org.pubstats.normalise;

import java.util.Locale;
import java.util.Set;

/**
 * Cell text that means "there is none" (无, 暂无, /, —, N/A …). A key made of it must count as
 * missing: two unrelated items whose index number is "无" are not the same information.
 * Expects text already NFKC-normalised and without white space.
 */
final class Placeholder {

    private static final Set<String> WORDS = Set.of(
            "无", "暂无", "没有", "空", "不详", "未知", "略", "无文号", "无索引号", "无链接", "无网址",
            "NA", "N/A", "NULL", "NONE", "NIL");
    /**
     * Upper-casing never shortens text, and no word is longer than 4 chars: text of more than
     * 8 chars (4 code points at least) cannot be one of them.
     */
    private static final int LONGEST_WORD_INPUT = 8;
    /** Besides dashes (Unicode's Pd): slashes, dots, ellipses, stars, question marks, 〇, 0, _ and ~. */
    private static final String PUNCTUATION = "/\\.…*?〇0_~";

    private Placeholder() {
    }

    static boolean isPlaceholder(String normalised) {
        return normalised.length() <= LONGEST_WORD_INPUT && WORDS.contains(normalised.toUpperCase(Locale.ROOT))
                || punctuationOnly(normalised);
    }

    /** Only dashes, slashes, dots, ellipses, stars, question marks, 〇 or 0 (at least one). */
    private static boolean punctuationOnly(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) != Character.DASH_PUNCTUATION && (c > 0xFFFF || PUNCTUATION.indexOf(c) < 0)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
