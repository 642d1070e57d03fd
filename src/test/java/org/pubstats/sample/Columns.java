package org.pubstats.sample;

/** Which optional columns a department's template has (title and date are always there). */
public record Columns(boolean serial, boolean channel, boolean category, boolean docNo, boolean indexNo,
                      boolean url, boolean department) {

    static Columns full() {
        return new Columns(true, true, true, true, true, true, false);
    }
}
