package org.pubstats.jobsdir;

/**
 * A {@code jobs/} file the run cannot use, with the file and the line in the message for the office
 * ({@code jobs/dedup-overrides.csv 第 7 行：…}). No cause is attached: the launcher shows the innermost
 * message, which must be this one.
 */
public class JobsFileException extends RuntimeException {

    private final String file;
    private final int lineNumber;

    public JobsFileException(String file, int lineNumber, String problem) {
        super(file + " 第 " + lineNumber + " 行：" + problem);
        this.file = file;
        this.lineNumber = lineNumber;
    }

    public String file() {
        return file;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
