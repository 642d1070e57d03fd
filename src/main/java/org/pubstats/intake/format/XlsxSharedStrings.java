package org.pubstats.intake.format;

import java.util.Arrays;

/**
 * The workbook's shared-string table as plain strings in one array: each {@code t="s"} cell then
 * costs an index parse and an array read, and equal cells share one string.
 */
final class XlsxSharedStrings {

    static final XlsxSharedStrings NONE = new XlsxSharedStrings(new String[0], 0);

    private static final byte[] SI = XlsxPackage.bytes("si");

    private final String[] strings;
    private final int size;

    private XlsxSharedStrings(String[] strings, int size) {
        this.strings = strings;
        this.size = size;
    }

    /**
     * Reads the table, counting what it holds: the table is the one part of an xlsx that is kept
     * in memory, so it fails the file as {@code TOO_LARGE} at the limits rather than fill the heap.
     */
    static XlsxSharedStrings read(XlsxXml part, XlsxLimits limits) throws Exception {
        String[] strings = new String[256];
        int size = 0;
        long chars = 0;
        try (XlsxXml xml = part) {
            for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
                if (event != XlsxXml.START || !xml.is(SI)) {
                    continue;
                }
                String text = XlsxRichText.read(xml, SI, limits.maxSharedStringChars() - chars);
                if (text == null || chars + text.length() > limits.maxSharedStringChars()
                        || size >= limits.maxSharedStrings()) {
                    throw tooLarge(limits);
                }
                chars += text.length();
                if (size == strings.length) {
                    strings = Arrays.copyOf(strings, size * 2);
                }
                strings[size++] = text;
            }
        }
        return new XlsxSharedStrings(strings, size);
    }

    private static Exception tooLarge(XlsxLimits limits) {
        return FileProblem.TOO_LARGE.exception("文件的共享字符串表（单元格文字）超过" + limits.maxSharedStringChars()
                + "个字符或" + limits.maxSharedStrings() + "个字符串，超出了可以安全读取的范围，已在读取数据行之前拒绝；"
                + "请拆分成几个较小的文件后重新报送", null);
    }

    /** The string at a {@code t="s"} cell's index; a index beyond the table means a corrupt file. */
    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("shared string " + index + " not in table of " + size);
        }
        return strings[index];
    }
}
