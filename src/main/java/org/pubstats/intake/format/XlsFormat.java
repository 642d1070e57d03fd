package org.pubstats.intake.format;

import java.nio.file.Path;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

/** Excel 97–2003 workbooks (see {@link XlsRows}). */
public final class XlsFormat implements TableFormat {

    private final XlsxLimits limits = XlsxLimits.STANDARD; // an .xls may really be an xlsx

    public XlsFormat() {
        PoiLimits.apply(); // JVM-wide, so set when the formats are created at start-up
    }

    @Override
    public boolean handles(String extension) {
        return "xls".equals(extension);
    }

    @Override
    public TableCursor open(Path file) throws UnreadableFileException {
        return ExcelFiles.open(file, limits);
    }
}
