package org.pubstats.intake.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.UnreadableFileException;

/**
 * Opens an Excel file by what it contains rather than by its name: offices rename .xls to .xlsx
 * and back, and both read fine. A password-protected xlsx is an OLE2 container holding the
 * encrypted package, and is told apart here.
 */
final class ExcelFiles {

    private ExcelFiles() {
    }

    static TableCursor open(Path file, XlsxLimits limits) throws UnreadableFileException {
        return SafeOpen.open(file, () -> switch (magic(file)) {
            case OOXML -> XlsxRows.open(file, limits);
            case OLE2 -> XlsRows.open(file);
            case HTML, XML -> throw FileProblem.UNREADABLE_FILE.exception(
                    "文件实际是网页(HTML/XML)格式，不是真正的Excel文件，请用Excel打开后另存为.xlsx", null);
            default -> throw FileProblem.UNREADABLE_FILE.exception();
        });
    }

    private static FileMagic magic(Path file) throws IOException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            return FileMagic.valueOf(in);
        }
    }
}
