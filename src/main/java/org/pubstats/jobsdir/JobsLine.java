package org.pubstats.jobsdir;

import java.util.List;

/** A line of a {@code jobs/} file that is neither blank nor a comment: its number as an editor shows it, and its fields. */
public record JobsLine(int lineNumber, List<String> fields) {

    public JobsLine {
        fields = List.copyOf(fields);
    }
}
