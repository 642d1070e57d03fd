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
        this(file + " 第 " + lineNumber + " 行：" + problem, file, lineNumber);
    }

    /** A row of a workbook under jobs/ ({@code jobs/review-decisions.xlsx 工作表“待核查重复”第 12 行：…}). */
    public JobsFileException(String file, String sheet, int rowNumber, String problem) {
        this(file + " 工作表“" + sheet + "”第 " + rowNumber + " 行：" + problem, file, rowNumber);
    }

    /** The file as a whole (line 0): it cannot be opened, or it lacks what every line needs. */
    public static JobsFileException wholeFile(String file, String problem) {
        return new JobsFileException(file + "：" + problem, file, 0);
    }

    private JobsFileException(String message, String file, int lineNumber) {
        super(message);
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
