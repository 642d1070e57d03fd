package org.pubstats.intake.format;

import java.nio.file.Path;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.UnreadableFileException;

/** CSV and TXT tables in UTF-8 (with or without BOM) or GB18030, comma/tab/semicolon separated. */
public final class CsvFormat implements TableFormat {

    @Override
    public boolean handles(String extension) {
        return "csv".equals(extension) || "txt".equals(extension);
    }

    @Override
    public TableCursor open(Path file) throws UnreadableFileException {
        return SafeOpen.open(file, () -> CsvRows.open(file));
    }
}
