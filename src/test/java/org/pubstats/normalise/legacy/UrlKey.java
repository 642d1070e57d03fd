package org.pubstats.normalise.legacy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparable form of a URL (design.md §3): scheme and host lower-cased, https written as http,
 * default ports 80/443, fragment and trailing slashes dropped; path case and query kept.
 * Parsed by hand rather than with java.net.URI, which rejects much of what cells contain
 * (Chinese paths, unescaped | or %, underscores in host names).
 */
public final class UrlKey {

    private static final Pattern ABSOLUTE = Pattern.compile(
            "^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?//([^/?#]*)([^?#]*)(\\?[^#]*)?(?:#.*)?$");
    /** Without a scheme, accept only what starts like a host name: www.huma.gov.cn/…, 10.0.0.1:8080/… */
    private static final Pattern SCHEMELESS = Pattern.compile(
            "^((?:[a-zA-Z0-9-]+\\.)+[a-zA-Z][a-zA-Z0-9-]*|\\d{1,3}(?:\\.\\d{1,3}){3})(?::\\d+)?(?:[/?#].*)?$");
    private static final Pattern HOST_PORT = Pattern.compile("^(.*?)(?::(\\d*))?$");

    private UrlKey() {
    }

    /** @param text NFKC-normalised, without white space; null when it is not a web address */
    public static String of(String text) {
        Matcher schemeless = SCHEMELESS.matcher(text);
        if (schemeless.matches()) {
            text = "http://" + text;
        }
        Matcher m = ABSOLUTE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String scheme = m.group(1) == null ? "http" : m.group(1).toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            scheme = "http";
        }
        String authority = m.group(2);
        authority = authority.substring(authority.lastIndexOf('@') + 1); // user info is not part of the address
        Matcher hostPort = HOST_PORT.matcher(authority);
        hostPort.matches();
        String host = hostPort.group(1).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // www.huma.gov.cn. is the same host
        }
        if (host.isEmpty()) {
            return null;
        }
        String port = hostPort.group(2);
        boolean defaultPort = port == null || port.isEmpty() || port.equals("80") || port.equals("443");
        String path = m.group(3).replaceAll("/+$", "");
        String query = m.group(4) == null || m.group(4).equals("?") ? "" : m.group(4);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }
}
