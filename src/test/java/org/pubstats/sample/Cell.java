package org.pubstats.sample;

import java.time.LocalDateTime;

/** One cell as a writer must put it: text, an Excel date cell with a number format, or a plain number. */
public sealed interface Cell {

    Cell EMPTY = new Text("");

    record Text(String value) implements Cell {
    }

    /** A date-formatted cell in a spreadsheet; CSV and text files never get one. */
    record Date(LocalDateTime value, String format) implements Cell {
    }

    /** A plain numeric cell, e.g. a 序号 or an Excel serial date number without a date format. */
    record Number(double value) implements Cell {
    }

    static Cell text(String value) {
        return new Text(value == null ? "" : value);
    }

    /** How the cell reads in a text file. */
    default String asText() {
        if (this instanceof Text t) {
            return t.value();
        }
        if (this instanceof Number n) {
            return n.value() == Math.rint(n.value()) ? Long.toString((long) n.value()) : Double.toString(n.value());
        }
        throw new IllegalStateException("a date cell has no text form: " + this);
    }
}
