package org.pubstats.warehouse;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Appends one row in PostgreSQL's COPY text format to a buffer: fields separated by a tab, the row ended
 * by a newline, {@code \N} for NULL, and backslash, tab, newline and carriage return escaped with a
 * backslash (what the format requires; every other character stands for itself). A {@code text[]} is
 * written as an array literal with every element quoted, so commas, braces, quotes, blanks and the word
 * NULL inside an element stay text; that literal is then escaped like any other field.
 */
final class CopyLine {

    private final StringBuilder out;
    private boolean firstField = true;

    CopyLine(StringBuilder out) {
        this.out = out;
    }

    CopyLine text(String value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    CopyLine number(long value) {
        separate();
        out.append(value);
        return this;
    }

    CopyLine date(LocalDate value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value); // ISO yyyy-MM-dd, read the same under any DateStyle
        }
        return this;
    }

    CopyLine bool(boolean value) {
        separate();
        out.append(value ? 't' : 'f');
        return this;
    }

    /** A {@code text[]}; a null collection is NULL, a null element is a NULL element. */
    CopyLine textArray(Collection<String> values) {
        if (values == null) {
            return text(null);
        }
        StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            if (value == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return text(literal.append('}').toString());
    }

    /** Ends the row; the buffer is ready for the next one. */
    void end() {
        out.append('\n');
        firstField = true;
    }

    private void separate() {
        if (!firstField) {
            out.append('\t');
        }
        firstField = false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
