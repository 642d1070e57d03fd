package org.pubstats.intake.format;

import java.nio.file.Path;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

/** Excel 2007+ workbooks, streamed in flat memory (see {@link XlsxRows} for the reader choice). */
public final class XlsxFormat implements TableFormat {

    private final XlsxLimits limits;

    public XlsxFormat() {
        this(XlsxLimits.STANDARD);
    }

    /** With other limits than the standard ones (tests). */
    XlsxFormat(XlsxLimits limits) {
        PoiLimits.apply(); // JVM-wide, so set when the formats are created at start-up
        this.limits = limits;
    }

    @Override
    public boolean handles(String extension) {
        return "xlsx".equals(extension) || "xlsm".equals(extension);
    }

    @Override
    public TableCursor open(Path file) throws UnreadableFileException {
        return ExcelFiles.open(file, limits);
    }
}
