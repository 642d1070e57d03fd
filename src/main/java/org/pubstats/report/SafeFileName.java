package org.pubstats.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A department name made safe as a file name: it comes from folder names and cells, so it may hold
 * separators, "..", control characters or characters Windows refuses — and any length. File systems
 * limit a name to 255 <em>bytes</em> (a Chinese character is 3 bytes in UTF-8), so a long name is cut
 * to {@link #MAX_BYTES} and ends with {@code -} and 8 hex digits of a hash of the whole name: stable
 * from run to run, and two long names with the same beginning still get different files.
 */
final class SafeFileName {

    /** Room left for "-YYYY.xlsx", a "_2" of {@code YearEndReport} and the temporary file's extras. */
    static final int MAX_BYTES = 180;

    private SafeFileName() {
    }

    static String of(String name) {
        String original = name == null ? "" : name;
        StringBuilder safe = new StringBuilder();
        original.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String text = safe.toString().strip();
        while (text.contains("..")) {
            text = text.replace("..", "_");
        }
        text = text.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (bytes(text) > MAX_BYTES) {
            String suffix = "-" + hash(original);
            text = prefix(text, MAX_BYTES - bytes(suffix)).replaceAll("[.\\s]+$", "") + suffix;
        }
        return text.isEmpty() || text.chars().allMatch(c -> c == '_') ? "未命名部门" + (text.isEmpty() ? "" : text) : text;
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest beginning of the text (whole code points) that fits in the bytes. */
    private static String prefix(String text, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = bytes(new String(Character.toChars(c)));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
