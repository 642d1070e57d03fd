package org.pubstats.intake.format;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails a text stream whose line grows past a limit: the CSV parser buffers a whole line, so a
 * binary or broken file without line breaks would otherwise be read into memory in one piece.
 */
final class LineLengthGuard extends FilterReader {

    private final int maxLineLength;
    private int sinceLineBreak;

    LineLengthGuard(Reader in, int maxLineLength) {
        super(in);
        this.maxLineLength = maxLineLength;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws IOException {
        if (c == '\n' || c == '\r') {
            sinceLineBreak = 0;
        } else if (++sinceLineBreak > maxLineLength) {
            throw new IOException("line longer than " + maxLineLength + " characters");
        }
    }
}
