package org.pubstats.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** What one department should correct for a year: the content of its feedback workbook. */
record DepartmentFeedback(int year, String department, List<RejectedLine> rejected, List<UnknownValue> unknown,
                          List<ReviewPair> reviewPairs) {

    /** Bump when the feedback workbook's layout changes, so every department's file is written again once. */
    static final String LAYOUT = "2"; // 2: the review sheet shows 原因 and 文号

    /** A rejected row or file, as the department must see it to correct it. */
    record RejectedLine(String file, String sheet, Integer row, String rawValues, String reason, String message) {}

    /** A channel or category value the dictionaries do not know, with how often the department wrote it. */
    record UnknownValue(String kind, String value, int rows) {}

    /** Whether the department has anything to correct, i.e. whether it gets a file. */
    boolean needed() {
        return !rejected.isEmpty() || !unknown.isEmpty() || !reviewPairs.isEmpty();
    }

    /**
     * A digest of everything the workbook shows: equal digests mean equal workbooks, so a department whose
     * digest is the one recorded for its file last time need not have it written again.
     */
    String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            put(digest, LAYOUT, Integer.toString(year), department);
            for (RejectedLine line : rejected) {
                put(digest, "R", line.file(), line.sheet(), Objects.toString(line.row()), line.rawValues(), line.reason(),
                        line.message());
            }
            for (UnknownValue value : unknown) {
                put(digest, "U", value.kind(), value.value(), Integer.toString(value.rows()));
            }
            for (ReviewPair p : reviewPairs) {
                put(digest, "P", Double.toString(p.similarity()), p.reason());
                for (ReviewPair.Side side : List.of(p.a(), p.b())) {
                    put(digest, side.title(), side.date(), side.docNo(), side.department(), side.file(), side.sheet(),
                            Objects.toString(side.row()));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each value with its length first, so no two different lists of values digest alike. */
    private static void put(MessageDigest digest, String... values) {
        for (String value : values) {
            byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
            digest.update((value == null ? "-" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
    }
}
