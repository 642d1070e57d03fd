package org.pubstats.jobsdir;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file saved by Notepad or Excel on Chinese Windows: UTF-8 with or without a BOM, or
 * GBK/GB18030. UTF-8 is tried first and strictly, because GB18030 would accept almost any bytes.
 */
final class OfficeEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030"); // a superset of GBK and GB2312

    private OfficeEncoding() {
    }

    /** The text without its BOM, or an error naming the line when neither encoding reads the bytes. */
    static String decode(String name, byte[] bytes) {
        Attempt utf8 = attempt(StandardCharsets.UTF_8, bytes);
        Attempt chinese = utf8.text() == null ? attempt(GB18030, bytes) : utf8;
        if (chinese.text() == null) {
            // The encoding that read further is the likelier one, so its stop is the likelier culprit.
            int line = Math.max(utf8.failedLine(), chinese.failedLine());
            throw new JobsFileException(name, line, "含有既不是 UTF-8 也不是 GBK/GB18030 编码的字节；"
                    + "请用记事本或 Excel 将整个文件另存为 UTF-8 或 GBK 编码");
        }
        String text = chinese.text();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The decoded text, or null and the line (counted as {@link String#lines()} does) where decoding stopped. */
    private record Attempt(String text, int failedLine) {}

    private static Attempt attempt(Charset charset, byte[] bytes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length); // neither encoding makes more chars than bytes
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        return result.isError() ? new Attempt(null, lineAtEnd(out)) : new Attempt(out.toString(), 0);
    }

    private static int lineAtEnd(CharSequence text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
