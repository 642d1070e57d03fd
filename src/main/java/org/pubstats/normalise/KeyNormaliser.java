package org.pubstats.normalise;

import java.util.Locale;

/**
 * The normalised forms that deduplication compares (design.md §3). The originals are kept beside them;
 * only these keys are compared. Each method returns null when there is nothing to compare: null,
 * blank, and for document numbers, index numbers and URLs also placeholders such as 无 or "/",
 * which must never make two unrelated rows "the same information".
 */
public final class KeyNormaliser {

    /**
     * Quote marks people use interchangeably in titles: Chinese “”‘’, corner brackets 「」『』,
     * ASCII (also what NFKC makes of full-width ＂＇), low-9 and reversed forms, CJK 〝〞〟,
     * guillemets. All become one ASCII double quote; no title differs only by its quote style.
     */
    private static final String QUOTES = "\"'“”„‟‘’‚‛「」『』〝〞〟«»‹›";
    /**
     * Bracket forms written around the year of a 文号 (reference/annual-report-format.md §7).
     * NFKC has already turned ［］（）﹝﹞ into [ ] ( ) 〔 〕; 〖〗 look the same on screen.
     */
    private static final String OPENING_BRACKETS = "[(【〖";
    private static final String CLOSING_BRACKETS = "])】〗";

    private KeyNormaliser() {
    }

    /** A title's key and the document number to match it with (design.md §3). */
    public record TitleKey(String title, String docNo) {}

    /**
     * NFKC, no white space, quote variants unified, trailing 。 or . removed, and what published lists wrap around
     * a title taken off ({@link TitleWrappers}). A trailing bracketed document number counts as the row's when
     * it has none (see {@link #titleKey}).
     */
    public static String title(String title) {
        TitleKey key = titleKey(title, null);
        return key == null ? null : key.title();
    }

    /**
     * The normalised title and document number of a row: a document number in brackets at the end of the title
     * is moved into the row's when that is empty, dropped when it equals it, and kept in the title when it differs.
     * Null when the title leaves nothing.
     */
    public static TitleKey titleKey(String title, String docNo) {
        if (title == null) {
            return null;
        }
        String rowDocNo = docNo(docNo);
        TitleWrappers.Unwrapped unwrapped = TitleWrappers.strip(withoutStops(compactTitle(title)));
        String text = withoutStops(unwrapped.title());
        String titleDocNo = unwrapped.trailingDocNo() == null ? null : docNo(unwrapped.trailingDocNo());
        if (titleDocNo != null && rowDocNo != null && !titleDocNo.equals(rowDocNo)) {
            text = text + "(" + unwrapped.trailingDocNo() + ")"; // a different number is part of what the title says
        }
        if (text.isEmpty()) {
            return null;
        }
        return new TitleKey(text, rowDocNo != null ? rowDocNo : titleDocNo);
    }

    /** NFKC, no white space, quote variants unified. */
    private static String compactTitle(String title) {
        String text = Nfkc.of(title);
        if (!needsTitleChanges(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!WhiteSpace.is(c)) {
                out.append(isQuote(c) ? '"' : c);
            }
        }
        return out.toString();
    }

    private static String withoutStops(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '。' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * All bracket forms unified to 〔〕, white space removed. A number written without brackets
     * (黑政办发201835号) stays as it is: where the year ends and the serial begins is unknown.
     */
    public static String docNo(String docNo) {
        String text = compact(docNo);
        if (text == null || !containsAny(text, OPENING_BRACKETS) && !containsAny(text, CLOSING_BRACKETS)) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (OPENING_BRACKETS.indexOf(chars[i]) >= 0) {
                chars[i] = '〔';
            } else if (CLOSING_BRACKETS.indexOf(chars[i]) >= 0) {
                chars[i] = '〕';
            }
        }
        return new String(chars);
    }

    /** NFKC, upper case, white space removed. */
    public static String indexNo(String indexNo) {
        String text = compact(indexNo);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /**
     * Scheme and host lower-cased, http and https equal, default port, fragment and trailing
     * slash dropped; path case and query kept. White space is removed (a URL cannot contain
     * it; wrapped cells insert it). Text that is not a web address gives null.
     */
    public static String url(String url) {
        String text = compact(url);
        return text == null ? null : UrlKey.of(text);
    }

    /** NFKC without white space, or null when that leaves nothing or only a placeholder. */
    private static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        String text = WhiteSpace.removeAll(Nfkc.of(raw));
        return text.isEmpty() || Placeholder.isPlaceholder(text) ? null : text;
    }

    private static boolean needsTitleChanges(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WhiteSpace.is(c) || isQuote(c)) {
                return true;
            }
        }
        return false;
    }

    /** One of {@link #QUOTES}; by comparison, as titles are long and most of their chars are none. */
    private static boolean isQuote(char c) {
        if (c < 0x2018) {
            return c == '"' || c == '\'' || c == '«' || c == '»';
        }
        return c <= 0x203A && (c <= 0x201F || c == 0x2039 || c == 0x203A)
                || c >= 0x300C && c <= 0x300F || c >= 0x301D && c <= 0x301F;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
