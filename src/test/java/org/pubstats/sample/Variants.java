package org.pubstats.sample;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Spellings of one value that the pipeline must treat as equal after normalising (design.md §3):
 * the ways a title, document number, index number or URL changes when another office retypes it.
 */
final class Variants {

    private Variants() {
    }

    /** A title that normalises to the same text: spaces, full-width digits, quotes, 。, line breaks. */
    static String title(String title, Random rnd, boolean lineBreaks, boolean asciiQuotes) {
        String t = title;
        switch (rnd.nextInt(7)) {
            case 0 -> t = t.replaceFirst("(\\d{4})年", "$1 年");
            case 1 -> t = fullWidthDigits(t);
            case 2 -> t = asciiQuotes && t.contains("“") ? t.replace('“', '"').replace('”', '"') : t + "。";
            case 3 -> t = t + "。";
            case 4 -> t = lineBreaks && t.length() > 12 ? t.substring(0, 10) + "\n" + t.substring(10) : "  " + t;
            case 5 -> t = t.replace('（', '(').replace('）', ')').replaceFirst("关于", "关于 ");
            default -> { }
        }
        return t;
    }

    static String fullWidthDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    private static final List<String[]> BRACKETS = List.of(
            new String[] {"[", "]"}, new String[] {"（", "）"}, new String[] {"【", "】"}, new String[] {"(", ")"},
            new String[] {"﹝", "﹞"}, new String[] {"［", "］"});

    /** The same document number with the year in other brackets, as people type 〔〕. */
    static String docNo(String docNo, Random rnd) {
        if (rnd.nextInt(3) == 0) {
            return docNo;
        }
        String[] b = BRACKETS.get(rnd.nextInt(BRACKETS.size()));
        return docNo.replace("〔", b[0]).replace("〕", b[1]);
    }

    /** The same index number in lower case, full width or with spaces. */
    static String indexNo(String indexNo, Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> indexNo.toLowerCase(Locale.ROOT);
            case 1 -> toFullWidth(indexNo);
            case 2 -> indexNo.replace("-", " - ");
            default -> indexNo;
        };
    }

    private static String toFullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }

    /** The same address: https, upper-case host, explicit default port, trailing slash, fragment. */
    static String url(String url, Random rnd) {
        String rest = url.substring("http://".length());
        int slash = rest.indexOf('/');
        String host = rest.substring(0, slash);
        String path = rest.substring(slash);
        return switch (rnd.nextInt(5)) {
            case 0 -> "https://" + host + path;
            case 1 -> "http://" + host.toUpperCase(Locale.ROOT) + path + "/";
            case 2 -> "http://" + host + ":80" + path;
            case 3 -> "https://" + host + ":443" + path + "#content";
            default -> "HTTP://" + host + path + "/";
        };
    }
}
