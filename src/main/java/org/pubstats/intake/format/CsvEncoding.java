package org.pubstats.intake.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character set of a text file: a byte-order mark if there is one, else UTF-8 if the
 * sample's probe decodes strictly as UTF-8, else GB18030 (a superset of the GBK that Excel and
 * WPS write on Chinese Windows). {@code bomLength} bytes are to be skipped.
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset GB18030 = Charset.forName("GB18030");

    static CsvEncoding detect(CsvSample sample) {
        byte[] head = sample.head();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2); // Excel's "Unicode text" (.txt)
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        boolean utf8 = isStrictUtf8(sample.encodingProbe(), sample.probeReachesEnd());
        return new CsvEncoding(utf8 ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** {@code endOfInput=false} leaves a character cut at the probe's end pending, not malformed. */
    private static boolean isStrictUtf8(byte[] sample, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        CoderResult result = decoder.decode(in, out, wholeFile);
        if (result.isError()) {
            return false;
        }
        if (wholeFile) {
            try {
                return !decoder.flush(out).isError();
            } catch (IllegalStateException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sample looks like binary data rather than text (control bytes, NULs). */
    boolean looksBinary(byte[] sample) {
        if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
            return false;
        }
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        return control > sample.length / 100;
    }
}
