package org.pubstats.normalise;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised forms that deduplication compares (SPEC §3). The originals are kept beside them;
 * only these keys are compared.
 */
public final class KeyNormaliser {

    private KeyNormaliser() {
    }

    /** NFKC, no white space, quote variants unified, trailing 。 or . removed. */
    public static String title(String title) {
        if (title == null) {
            return null;
        }
        String text = nfkc(title).replaceAll("\\s+", "");
        text = text.replaceAll("[“”„‟〝〞＂″«»]", "\"")
                .replaceAll("[‘’‚‛′＇`´]", "'")
                .replaceAll("[「『]", "\"")
                .replaceAll("[」』]", "\"");
        text = text.replaceAll("[。.]+$", "");
        return text.isEmpty() ? null : text;
    }

    /** All bracket forms around the year unified to 〔〕, white space removed. */
    public static String docNo(String docNo) {
        if (docNo == null) {
            return null;
        }
        String text = nfkc(docNo).replaceAll("\\s+", "");
        text = text.replaceAll("[\\[［【(（﹝〔]", "〔").replaceAll("[\\]］】)）﹞〕]", "〕");
        return text.isEmpty() ? null : text;
    }

    /** NFKC, upper case, white space removed. */
    public static String indexNo(String indexNo) {
        if (indexNo == null) {
            return null;
        }
        String text = nfkc(indexNo).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return text.isEmpty() ? null : text;
    }

    /**
     * Scheme and host lower-cased, http and https equal, default port, fragment and trailing
     * slash dropped. Text that is not a URL is compared as it is, trimmed.
     */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String text = nfkc(url).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            text = "http://" + text;
        }
        try {
            URI uri = new URI(text.replace(" ", "%20"));
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String web = scheme.equals("https") ? "http" : scheme;
            return web + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return text;
        }
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
