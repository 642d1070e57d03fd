package org.pubstats.intake.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor.SkippedSheet;

/**
 * Rows of an Excel 97–2003 workbook. These hold at most 65,536 rows a sheet, so the usermodel
 * ({@link HSSFWorkbook}) is affordable; cell text follows the same rules as xlsx
 * ({@link ExcelValueText}), not POI's locale-dependent DataFormatter.
 */
final class XlsRows implements RowSource {

    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;
    private final boolean date1904;
    private final List<SkippedSheet> skipped = new ArrayList<>();
    private final Iterator<HSSFSheet> visibleSheets;
    private HSSFSheet sheet;
    private Iterator<Row> rows;

    private XlsRows(POIFSFileSystem fileSystem) throws Exception {
        this.fileSystem = fileSystem;
        if (fileSystem.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
            // a password-protected xlsx: an OLE2 container around the encrypted package
            throw FileProblem.ENCRYPTED_FILE.exception();
        }
        this.workbook = new HSSFWorkbook(fileSystem.getRoot(), true);
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        List<HSSFSheet> visible = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                skipped.add(new SkippedSheet(workbook.getSheetName(i), XlsxRows.HIDDEN_SHEET));
            } else {
                visible.add(workbook.getSheetAt(i));
            }
        }
        this.visibleSheets = visible.iterator();
    }

    static RowSource open(Path file) throws Exception {
        PoiLimits.apply();
        long size = Files.size(file);
        if (size > PoiLimits.MAX_XLS_BYTES) {
            throw FileProblem.TOO_LARGE.exception("Excel 97-2003（.xls）文件有" + (size >> 20) + " MB，超过了可以安全读取的上限"
                    + (PoiLimits.MAX_XLS_BYTES >> 20) + " MB，已在读取任何数据之前拒绝；请另存为.xlsx或拆分成几个较小的文件后重新报送", null);
        }
        POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true);
        try {
            return new XlsRows(fileSystem);
        } catch (Exception | Error e) {
            fileSystem.close();
            throw e;
        }
    }

    @Override
    public RawRow next() {
        while (rows == null || !rows.hasNext()) {
            if (!visibleSheets.hasNext()) {
                return null;
            }
            sheet = visibleSheets.next();
            rows = sheet.rowIterator();
        }
        HSSFRow row = (HSSFRow) rows.next();
        RowCells cells = new RowCells();
        for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
            HSSFCell cell = row.getCell(column);
            cells.put(column, cell == null ? "" : text(cell));
        }
        return new RawRow(sheet.getSheetName(), row.getRowNum() + 1, cells.build());
    }

    private String text(HSSFCell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell);
            case BOOLEAN -> ExcelValueText.bool(cell.getBooleanCellValue());
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }

    private String number(HSSFCell cell) {
        double value = cell.getNumericCellValue();
        HSSFCellStyle style = cell.getCellStyle();
        boolean isDate = style != null
                && ExcelValueText.isDateFormat(style.getDataFormat(), style.getDataFormatString());
        return isDate ? ExcelValueText.date(value, date1904) : ExcelValueText.number(value);
    }

    @Override
    public List<SkippedSheet> skippedSheets() {
        return skipped;
    }

    @Override
    public void close() throws Exception {
        workbook.close();
        fileSystem.close();
    }
}
