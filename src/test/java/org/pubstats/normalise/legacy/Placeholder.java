package org.pubstats.normalise.legacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cell text that means "there is none" (无, 暂无, /, —, N/A …). A key made of it must count as
 * missing: two unrelated items whose index number is "无" are not the same information.
 * Expects text already NFKC-normalised and without white space.
 */
public final class Placeholder {

    private static final Set<String> WORDS = Set.of(
            "无", "暂无", "没有", "空", "不详", "未知", "略", "无文号", "无索引号", "无链接", "无网址",
            "NA", "N/A", "NULL", "NONE", "NIL");
    /** Only dashes, slashes, dots, ellipses, stars, question marks, 〇 or 0. */
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{Pd}/\\\\.…*?〇0_~]+");

    private Placeholder() {
    }

    public static boolean isPlaceholder(String normalised) {
        return WORDS.contains(normalised.toUpperCase(Locale.ROOT))
                || PUNCTUATION_ONLY.matcher(normalised).matches();
    }
}
