package org.pubstats.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.pubstats.normalise.Dictionary;

/**
 * The channel and category names the dictionaries count by, for a department told that a value it wrote is not
 * one of them: the feedback lists what it may write instead.
 */
record AllowedNames(List<String> channels, List<String> categories) {

    static AllowedNames of(Path jobsDir) {
        return new AllowedNames(Dictionary.load(jobsDir.resolve("channels.csv")).canonicalValues(),
                Dictionary.load(jobsDir.resolve("categories.csv")).canonicalValues());
    }

    /** Part of a feedback file's digest: a changed list rewrites the files that show it. */
    String fingerprint() {
        byte[] text = (String.join("、", channels) + "|" + String.join("、", categories)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text)).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
