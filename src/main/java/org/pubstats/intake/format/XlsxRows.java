package org.pubstats.intake.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor.SkippedSheet;

/**
 * Rows of an xlsx/xlsm workbook, streamed: one sheet part is pulled row by row; only the
 * shared-string table (as in every xlsx reader) and the styles' number formats are held.
 *
 * <p>Reader choice: our own lean path — the zip checked by {@link XlsxArchive} before any part is
 * handed out, the packaging read by {@link XlsxPackage}, the parts parsed by {@link XlsxXml}, a
 * pull parser over the inflated bytes that refuses DTDs and so never expands an entity. On the
 * issue's shape (1,000-row files of 8 columns, shared strings, a date column; RowPathBenchmark,
 * one thread, by CPU time on a loaded 2-core machine) it reads about 400,000 rows/s and allocates
 * about 1 KB per row, where POI's package layer with the JDK's StAX parser, which it replaces,
 * read about 90,000 rows/s and allocated 4.5 KB. fastexcel-reader (about 120,000 rows/s here) is
 * not available from the registry this project builds from, and would have needed the same
 * checks in front of it. POI remains for .xls, for telling the formats and encrypted packages
 * apart ({@link ExcelFiles}), and for its date rules.
 */
final class XlsxRows implements RowSource {

    static final String HIDDEN_SHEET = "隐藏工作表";
    private static final String CORE_DOCUMENT = "officeDocument";

    private final XlsxArchive archive;
    private final XlsxPackage pkg;
    private final List<XlsxPackage.Relationship> workbookRelationships;
    private final XlsxCellText cellText;
    private final Iterator<XlsxWorkbook.SheetEntry> visibleSheets;
    private final List<SkippedSheet> skipped = new ArrayList<>();
    private XlsxSheetRows current;

    private XlsxRows(XlsxArchive archive, XlsxLimits limits) throws Exception {
        this.archive = archive;
        this.pkg = XlsxPackage.read(archive);
        String workbookPart = requireWorkbook(pkg);
        this.workbookRelationships = pkg.relationships(workbookPart);
        XlsxWorkbook workbook = XlsxWorkbook.parse(pkg.xml(workbookPart));
        String sharedStringsPart = part("sharedStrings", XlsxPackage.SHARED_STRINGS_TYPE);
        XlsxSharedStrings sharedStrings = sharedStringsPart == null ? XlsxSharedStrings.NONE
                : XlsxSharedStrings.read(pkg.xml(sharedStringsPart), limits);
        String stylesPart = part("styles", XlsxPackage.STYLES_TYPE);
        XlsxDateStyles dateStyles = stylesPart == null ? XlsxDateStyles.NONE
                : XlsxDateStyles.read(pkg.xml(stylesPart));
        this.cellText = new XlsxCellText(sharedStrings, dateStyles, workbook.date1904());
        List<XlsxWorkbook.SheetEntry> visible = new ArrayList<>();
        for (XlsxWorkbook.SheetEntry sheet : workbook.sheets()) {
            if (sheet.hidden()) {
                skipped.add(new SkippedSheet(sheet.name(), HIDDEN_SHEET));
            } else {
                visible.add(sheet);
            }
        }
        this.visibleSheets = visible.iterator();
    }

    /**
     * The central directory is checked ({@link XlsxArchive}) before anything else, so a zip bomb
     * or an oversized workbook is rejected before any part is inflated.
     */
    static RowSource open(Path file, XlsxLimits limits) throws Exception {
        XlsxArchive archive = XlsxArchive.open(file, limits);
        try {
            return new XlsxRows(archive, limits);
        } catch (Exception | Error e) {
            GuardedCursor.closeQuietly(archive);
            throw e;
        }
    }

    /** Word and PowerPoint files are zip packages too; only a workbook main part will do. */
    private static String requireWorkbook(XlsxPackage pkg) throws Exception {
        for (XlsxPackage.Relationship relationship : pkg.relationships("")) {
            if (relationship.hasType(CORE_DOCUMENT)) { // transitional or strict
                String contentType = pkg.contains(relationship.target()) ? pkg.contentType(relationship.target()) : "";
                if (!contentType.contains("spreadsheetml") && !contentType.contains("ms-excel")) {
                    throw XlsxPackage.notAWorkbook();
                }
                return relationship.target();
            }
        }
        throw XlsxPackage.notAWorkbook();
    }

    /** The workbook's part of a kind (by its relationship, else by content type); null if it has none. */
    private String part(String relationshipType, String contentType) {
        for (XlsxPackage.Relationship relationship : workbookRelationships) {
            if (relationship.hasType(relationshipType) && pkg.contains(relationship.target())) {
                return relationship.target();
            }
        }
        List<String> parts = pkg.partsOfType(contentType);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** The worksheet part a {@code <sheet r:id>} of the workbook points to. */
    private String sheetPart(String relationId) {
        for (XlsxPackage.Relationship relationship : workbookRelationships) {
            if (relationship.id() != null && relationship.id().equals(relationId) && pkg.contains(relationship.target())) {
                return relationship.target();
            }
        }
        throw new IllegalArgumentException("no sheet part for relation " + relationId);
    }

    @Override
    public RawRow next() throws Exception {
        while (true) {
            if (current == null) {
                if (!visibleSheets.hasNext()) {
                    return null;
                }
                XlsxWorkbook.SheetEntry sheet = visibleSheets.next();
                String part = sheetPart(sheet.relationId());
                current = new XlsxSheetRows(sheet.name(), pkg.xml(part), cellText);
            }
            RawRow row = current.next();
            if (row != null) {
                return row;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public List<SkippedSheet> skippedSheets() {
        return skipped;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        GuardedCursor.closeQuietly(archive);
    }
}
