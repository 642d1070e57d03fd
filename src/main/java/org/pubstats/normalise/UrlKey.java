package org.pubstats.normalise;

import java.util.Locale;

/**
 * The comparable form of a URL (design.md §3): scheme and host lower-cased, https written as http,
 * default ports 80/443, fragment and trailing slashes dropped; path case and query kept.
 * Parsed by hand rather than with java.net.URI, which rejects much of what cells contain
 * (Chinese paths, unescaped | or %, underscores in host names).
 *
 * <p>What it accepts is what these expressions (its first form) matched, scanned instead of
 * matched because it runs on every row:
 * <pre>
 * absolute    ^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?//([^/?#]*)([^?#]*)(\?[^#]*)?(?:#.*)?$
 * schemeless  ^((?:[a-zA-Z0-9-]+\.)+[a-zA-Z][a-zA-Z0-9-]*|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?(?:[/?#].*)?$
 * host:port   ^(.*?)(?::(\d*))?$
 * </pre>
 */
final class UrlKey {

    private UrlKey() {
    }

    /** @param text NFKC-normalised, without white space; null when it is not a web address */
    static String of(String text) {
        if (isSchemeless(text)) {
            text = "http://" + text;
        }
        String scheme = "http";
        int at = 0;
        if (!text.startsWith("//")) {
            int colon = text.indexOf(':');
            if (colon < 1 || !isScheme(text, colon) || !text.startsWith("//", colon + 1)) {
                return null;
            }
            scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
            if (scheme.equals("https")) {
                scheme = "http";
            }
            at = colon + 1;
        }
        int authorityStart = at + 2;
        int authorityEnd = authorityStart;
        while (authorityEnd < text.length() && !isDelimiter(text.charAt(authorityEnd), true)) {
            authorityEnd++;
        }
        int pathEnd = authorityEnd;
        while (pathEnd < text.length() && !isDelimiter(text.charAt(pathEnd), false)) {
            pathEnd++;
        }
        int queryEnd = pathEnd;
        if (pathEnd < text.length() && text.charAt(pathEnd) == '?') {
            int fragment = text.indexOf('#', pathEnd);
            queryEnd = fragment < 0 ? text.length() : fragment;
        }

        String authority = text.substring(authorityStart, authorityEnd);
        authority = authority.substring(authority.lastIndexOf('@') + 1); // user info is not part of the address
        String host = authority;
        String port = null;
        for (int i = 0; i < authority.length(); i++) {
            if (authority.charAt(i) == ':' && digitsOnly(authority, i + 1)) {
                host = authority.substring(0, i);
                port = authority.substring(i + 1);
                break;
            }
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // www.huma.gov.cn. is the same host
        }
        if (host.isEmpty()) {
            return null;
        }
        boolean defaultPort = port == null || port.isEmpty() || port.equals("80") || port.equals("443");
        int pathTrimmed = pathEnd;
        while (pathTrimmed > authorityEnd && text.charAt(pathTrimmed - 1) == '/') {
            pathTrimmed--;
        }
        String path = text.substring(authorityEnd, pathTrimmed);
        String query = queryEnd - pathEnd > 1 ? text.substring(pathEnd, queryEnd) : ""; // "?" alone is no query
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    /** A host name or IPv4 address, then maybe a port, then maybe a path, query or fragment. */
    private static boolean isSchemeless(String text) {
        int hostEnd = 0;
        while (hostEnd < text.length() && isHostChar(text.charAt(hostEnd))) {
            hostEnd++;
        }
        if (!isDottedName(text, hostEnd) && !isIpv4(text, hostEnd)) {
            return false;
        }
        if (hostEnd == text.length()) {
            return true;
        }
        char next = text.charAt(hostEnd);
        if (next == '/' || next == '?' || next == '#') {
            return true;
        }
        if (next != ':') {
            return false;
        }
        int digitsEnd = hostEnd + 1;
        while (digitsEnd < text.length() && isDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        return digitsEnd > hostEnd + 1
                && (digitsEnd == text.length() || "/?#".indexOf(text.charAt(digitsEnd)) >= 0);
    }

    /** Two or more labels of letters, digits and '-', separated by dots, the last starting with a letter. */
    private static boolean isDottedName(String text, int end) {
        int labels = 0;
        int labelStart = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (i == labelStart) {
                    return false;
                }
                labels++;
                if (i == end && !isLetter(text.charAt(labelStart))) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }

    /** Four groups of one to three digits, separated by dots. */
    private static boolean isIpv4(String text, int end) {
        int groups = 0;
        int groupStart = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                int length = i - groupStart;
                if (length < 1 || length > 3) {
                    return false;
                }
                groups++;
                groupStart = i + 1;
            } else if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return groups == 4;
    }

    private static boolean isScheme(String text, int end) {
        if (!isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsOnly(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** '?' and '#' end a path; with {@code slashToo}, '/' as well (the end of the authority). */
    private static boolean isDelimiter(char c, boolean slashToo) {
        return c == '?' || c == '#' || (slashToo && c == '/');
    }

    private static boolean isHostChar(char c) {
        return isLetter(c) || isDigit(c) || c == '-' || c == '.';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
