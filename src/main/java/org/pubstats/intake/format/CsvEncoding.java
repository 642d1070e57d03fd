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
 * sample's probe decodes as UTF-8 (all but a few stray bytes), else GB18030 (a superset of the GBK
 * that Excel and WPS write on Chinese Windows). {@code bomLength} bytes are to be skipped.
 *
 * <p>The file is then decoded strictly with this charset ({@link StrictTextReader}): bytes that
 * are not valid in it never become text, they make their line a rejected row. A single stray byte
 * does not flip a UTF-8 file to GB18030 (UTF-8 Chinese is almost always valid GB18030, so that
 * would turn every row into mojibake without a single decoding error).
 *
 * @param recognised false when the probe is neither UTF-8 nor GB18030 (many bytes invalid in
 *                   both): the file is rejected as a whole rather than row by row
 * @param why        how the charset was chosen, for the office ("文件开头有UTF-8标记" …)
 */
record CsvEncoding(Charset charset, int bomLength, boolean recognised, String why) {

    static final Charset GB18030 = Charset.forName("GB18030");
    /**
     * More than one invalid sequence per this many valid non-ASCII characters: not this charset.
     * GBK text read as UTF-8 has about ten invalid sequences per (accidentally) valid character;
     * UTF-8 text with a stray byte has hundreds of valid characters per invalid one.
     */
    private static final int ERRORS_ONE_IN = 4;

    CsvEncoding(Charset charset, int bomLength) {
        this(charset, bomLength, true, "");
    }

    static CsvEncoding detect(CsvSample sample) {
        byte[] head = sample.head();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3, true, "文件开头有UTF-8标记");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            // Excel's "Unicode text" (.txt)
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2, true, "文件开头有UTF-16（Unicode文本）标记");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2, true, "文件开头有UTF-16（Unicode文本）标记");
        }
        byte[] probe = sample.encodingProbe();
        Score utf8 = score(StandardCharsets.UTF_8, probe, sample.probeReachesEnd());
        if (utf8.plausible()) {
            return new CsvEncoding(StandardCharsets.UTF_8, 0, true, "按文件前部内容判断为UTF-8");
        }
        Score gb = score(GB18030, probe, sample.probeReachesEnd());
        return new CsvEncoding(GB18030, 0, gb.plausible(), "按文件前部内容判断为GBK/GB18030");
    }

    /** The charset as the office knows it. */
    String displayName() {
        if (charset.equals(GB18030)) {
            return "GBK/GB18030";
        }
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            return "UTF-16（Unicode文本）";
        }
        return charset.name();
    }

    /** Invalid byte sequences and decoded non-ASCII characters of a probe in one charset. */
    private record Score(long errors, long nonAscii) {
        boolean plausible() {
            return errors == 0 || errors * ERRORS_ONE_IN <= nonAscii;
        }
    }

    /** {@code endOfInput=false} leaves a character cut at the probe's end pending, not malformed. */
    private static Score score(Charset charset, byte[] sample, boolean wholeFile) {
        if (charset.equals(StandardCharsets.UTF_8) && Utf8.isWellFormed(sample, 0, sample.length, !wholeFile)) {
            return new Score(0, 0); // no error: plausible whatever the count, which is then not needed
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        long errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, wholeFile);
            if (result.isError()) {
                errors++;
                in.position(in.position() + result.length());
            } else {
                break; // underflow: the whole probe is decoded (the output cannot overflow)
            }
        }
        if (wholeFile) {
            decoder.flush(out);
        }
        out.flip();
        long nonAscii = 0;
        while (out.hasRemaining()) {
            if (out.get() > 0x7F) {
                nonAscii++;
            }
        }
        return new Score(errors, nonAscii);
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
