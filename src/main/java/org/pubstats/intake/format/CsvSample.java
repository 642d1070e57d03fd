package org.pubstats.intake.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What is looked at before reading a text file: its first bytes ({@code head}), and the bytes
 * that tell its encoding ({@code encodingProbe}). These are the head, unless the head is plain
 * ASCII — then nothing in it tells UTF-8 from GB18030, and the probe is taken where the first
 * non-ASCII byte is, further on (the file is scanned, not held).
 *
 * @param probeReachesEnd whether the probe runs to the end of the file, so a multi-byte
 *                        character cut at its end is an error rather than the sample's edge
 */
record CsvSample(byte[] head, byte[] encodingProbe, boolean probeReachesEnd) {

    static final int HEAD_BYTES = 1 << 20;
    private static final int PROBE_BYTES = 64 * 1024;

    static CsvSample read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (head.length < HEAD_BYTES || !isAscii(head, head.length)) {
                return new CsvSample(head, head, head.length < HEAD_BYTES);
            }
            return probeAfterAsciiStart(head, in);
        }
    }

    private static CsvSample probeAfterAsciiStart(byte[] head, InputStream rest) throws IOException {
        byte[] chunk = new byte[PROBE_BYTES];
        while (true) {
            int n = rest.readNBytes(chunk, 0, chunk.length);
            int first = firstNonAscii(chunk, n);
            if (first >= 0) {
                byte[] probe = new byte[PROBE_BYTES];
                int kept = n - first;
                System.arraycopy(chunk, first, probe, 0, kept);
                int more = rest.readNBytes(probe, kept, PROBE_BYTES - kept);
                boolean atEnd = kept + more < PROBE_BYTES && rest.read() < 0;
                return new CsvSample(head, Arrays.copyOf(probe, kept + more), atEnd);
            }
            if (n < chunk.length) {
                return new CsvSample(head, head, true); // ASCII throughout: any ASCII-compatible charset
            }
        }
    }

    private static boolean isAscii(byte[] bytes, int length) {
        return firstNonAscii(bytes, length) < 0;
    }

    private static int firstNonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }
}
