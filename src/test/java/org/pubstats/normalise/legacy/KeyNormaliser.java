package org.pubstats.normalise.legacy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

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
    private static final Pattern QUOTES = Pattern.compile("[\"'“”„‟‘’‚‛「」『』〝〞〟«»‹›]");
    private static final Pattern TRAILING_FULL_STOPS = Pattern.compile("[。.]+$");
    /**
     * Bracket forms written around the year of a 文号 (reference/annual-report-format.md §7).
     * NFKC has already turned ［］（）﹝﹞ into [ ] ( ) 〔 〕; 〖〗 look the same on screen.
     */
    private static final Pattern OPENING_BRACKETS = Pattern.compile("[\\[(【〖]");
    private static final Pattern CLOSING_BRACKETS = Pattern.compile("[\\])】〗]");

    private KeyNormaliser() {
    }

    /** NFKC, no white space, quote variants unified, trailing 。 or . removed. */
    public static String title(String title) {
        if (title == null) {
            return null;
        }
        String text = WhiteSpace.removeAll(nfkc(title));
        text = QUOTES.matcher(text).replaceAll("\"");
        text = TRAILING_FULL_STOPS.matcher(text).replaceAll("");
        return text.isEmpty() ? null : text;
    }

    /**
     * All bracket forms unified to 〔〕, white space removed. A number written without brackets
     * (黑政办发201835号) stays as it is: where the year ends and the serial begins is unknown.
     */
    public static String docNo(String docNo) {
        String text = compact(docNo);
        if (text == null) {
            return null;
        }
        text = OPENING_BRACKETS.matcher(text).replaceAll("〔");
        return CLOSING_BRACKETS.matcher(text).replaceAll("〕");
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
        String text = WhiteSpace.removeAll(nfkc(raw));
        return text.isEmpty() || Placeholder.isPlaceholder(text) ? null : text;
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
