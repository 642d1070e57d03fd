package org.pubstats.intake.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.TableFormatRegistry;

/** The formats pubstats reads, looked up by file extension. */
public final class TableFormats implements TableFormatRegistry {

    private final List<TableFormat> formats;

    public TableFormats(List<TableFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public static TableFormats standard() {
        return new TableFormats(List.of(new XlsxFormat(), new XlsFormat(), new CsvFormat()));
    }

    /** The format for an extension such as "xlsx" or ".CSV"; empty for files pubstats does not read. */
    @Override
    public Optional<TableFormat> forExtension(String extension) {
        String key = extension.toLowerCase(Locale.ROOT);
        String bare = key.startsWith(".") ? key.substring(1) : key;
        return formats.stream().filter(format -> format.handles(bare)).findFirst();
    }
}
