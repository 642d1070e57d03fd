package org.pubstats.report;

/**
 * A department name made safe as a file name: it comes from folder names and cells, so it may hold
 * separators, "..", control characters or characters Windows refuses.
 */
final class SafeFileName {

    static final int MAX_LENGTH = 80;

    private SafeFileName() {
    }

    static String of(String name) {
        StringBuilder safe = new StringBuilder();
        (name == null ? "" : name).codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
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
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
        }
        return text.isEmpty() || text.chars().allMatch(c -> c == '_') ? "未命名部门" + (text.isEmpty() ? "" : text) : text;
    }
}
