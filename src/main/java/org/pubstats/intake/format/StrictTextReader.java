package org.pubstats.intake.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes a text file strictly ({@link CodingErrorAction#REPORT}) from its first byte to its last.
 * Bytes that are not valid in the expected charset never become characters that could pass for
 * text (no U+FFFD, no mojibake): they are written as {@code \xB1} escapes — which contain no
 * separator, quote or line break, so the CSV structure is untouched — and the physical line they
 * are on is recorded, so that the row there can be rejected. Lines are counted as
 * {@link java.io.BufferedReader} (and so the CSV reader) counts them: {@code \n}, {@code \r} and
 * {@code \r\n} each end one.
 *
 * <p>Memory stays flat: the bad lines are taken off by the reader of the rows as it passes them,
 * so only those decoded ahead of it are held.
 */
final class StrictTextReader extends Reader {

    /** A line with bytes the expected charset does not allow, and the first such bytes in hex. */
    record BadLine(long line, String bytes) {}

    /** Bytes shown per bad line at most. */
    private static final int SHOWN_BYTES = 8;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private final Deque<BadLine> badLines = new ArrayDeque<>();
    private boolean endOfBytes;
    private boolean done;
    private long line = 1;
    private boolean afterCarriageReturn;
    private int scanned;

    StrictTextReader(InputStream in, CsvEncoding encoding) {
        this.in = in;
        this.decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip(); // empty, in read mode
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (done) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /**
     * Takes the bad lines up to {@code lastLine} off the queue and returns the first of those at or
     * after {@code firstLine}, or null when the lines from {@code firstLine} to {@code lastLine}
     * decoded cleanly. Call with the lines of each record in order.
     */
    BadLine badLineBetween(long firstLine, long lastLine) {
        BadLine found = null;
        while (!badLines.isEmpty() && badLines.peekFirst().line() <= lastLine) {
            BadLine bad = badLines.pollFirst();
            if (found == null && bad.line() >= firstLine) {
                found = bad;
            }
        }
        return found;
    }

    /** Decodes the next stretch of bytes into {@code chars}; sets {@code done} at the end. */
    private void fill() throws IOException {
        chars.clear();
        scanned = 0;
        while (chars.position() == 0 && !done) {
            if (!endOfBytes && !bytes.hasRemaining()) {
                bytes.clear();
                int n = in.read(bytes.array(), 0, bytes.capacity());
                if (n < 0) {
                    endOfBytes = true;
                    bytes.limit(0);
                } else {
                    bytes.limit(n);
                }
            }
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            countLines();
            if (result.isError()) {
                markBad(result.length());
            } else if (result.isUnderflow()) {
                if (endOfBytes) {
                    decoder.flush(chars);
                    countLines();
                    done = true;
                } else if (bytes.hasRemaining()) {
                    bytes.compact(); // keep the start of a character cut at the buffer's end
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfBytes = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
            // overflow: the output is full, the loop ends and it is handed out
        }
        chars.flip();
    }

    /**
     * Writes the {@code length} bad bytes at the decoder's position as escapes and records their
     * line; when the output has no room left for them, they wait for the next {@link #fill()}.
     */
    private void markBad(int length) {
        if (chars.remaining() < 4 * length) {
            return; // decoded text is waiting; the decoder reports these bytes again next time
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(String.format("\\x%02X", bytes.get() & 0xFF));
        }
        chars.put(hex.toString());
        scanned = chars.position(); // escapes hold no line break
        BadLine last = badLines.peekLast();
        if (last != null && last.line() == line) {
            if (last.bytes().length() < 4 * SHOWN_BYTES) {
                badLines.pollLast();
                badLines.addLast(new BadLine(line, last.bytes() + hex));
            }
        } else {
            badLines.addLast(new BadLine(line, hex.toString()));
        }
    }

    /** Advances the line count over the characters decoded since the last call. */
    private void countLines() {
        for (int i = scanned; i < chars.position(); i++) {
            char c = chars.get(i);
            if (c == '\r') {
                line++;
                afterCarriageReturn = true;
            } else {
                if (c == '\n' && !afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = false;
            }
        }
        scanned = chars.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
