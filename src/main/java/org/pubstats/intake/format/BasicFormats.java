package org.pubstats.intake.format;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.TableFormatRegistry;
import org.pubstats.intake.UnreadableFileException;

/** Interim readers (UTF-8 CSV, workbook via the POI usermodel) until the streaming formats land. */
public final class BasicFormats implements TableFormatRegistry {

    @Override
    public Optional<TableFormat> forExtension(String extension) {
        return switch (extension) {
            case "csv", "txt" -> Optional.of(new Csv());
            case "xlsx", "xls" -> Optional.of(new Workbooks());
            default -> Optional.empty();
        };
    }

    static final class Csv implements TableFormat {
        @Override
        public boolean handles(String extension) {
            return extension.equals("csv") || extension.equals("txt");
        }

        @Override
        public TableCursor open(Path file) throws UnreadableFileException {
            try {
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(reader);
                return new TableCursor() {
                    long lines;

                    @Override
                    public RawRow next() throws UnreadableFileException {
                        try {
                            long start = csv.getLinesRead() + 1;
                            String[] cells = csv.readNext();
                            if (cells == null) {
                                return null;
                            }
                            if (start == 1 && cells.length > 0 && cells[0].startsWith("\uFEFF")) {
                                cells[0] = cells[0].substring(1);
                            }
                            return new RawRow("", (int) start, List.of(cells));
                        } catch (IOException | CsvValidationException e) {
                            throw new UnreadableFileException("UNREADABLE_FILE", "CSV文件无法读取：" + e.getMessage(), e);
                        }
                    }

                    @Override
                    public List<SkippedSheet> skippedSheets() {
                        return List.of();
                    }

                    @Override
                    public void close() {
                        try {
                            csv.close();
                        } catch (IOException ignored) {
                            // nothing left to release
                        }
                    }
                };
            } catch (IOException e) {
                throw new UnreadableFileException("UNREADABLE_FILE", "文件无法打开：" + e.getMessage(), e);
            }
        }
    }

    static final class Workbooks implements TableFormat {
        @Override
        public boolean handles(String extension) {
            return extension.equals("xlsx") || extension.equals("xls");
        }

        @Override
        public TableCursor open(Path file) throws UnreadableFileException {
            Workbook workbook;
            try {
                workbook = WorkbookFactory.create(file.toFile(), null, true);
            } catch (Exception e) {
                throw new UnreadableFileException("UNREADABLE_FILE", "文件已损坏或不是有效的Excel文件", e);
            }
            List<Sheet> visible = new ArrayList<>();
            List<TableCursor.SkippedSheet> skipped = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    skipped.add(new TableCursor.SkippedSheet(workbook.getSheetName(i), "隐藏工作表"));
                } else {
                    visible.add(workbook.getSheetAt(i));
                }
            }
            Iterator<Sheet> sheets = visible.iterator();
            return new TableCursor() {
                Sheet sheet;
                Iterator<Row> rows;

                @Override
                public RawRow next() {
                    while (rows == null || !rows.hasNext()) {
                        if (!sheets.hasNext()) {
                            return null;
                        }
                        sheet = sheets.next();
                        rows = sheet.iterator();
                    }
                    Row row = rows.next();
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    return new RawRow(sheet.getSheetName(), row.getRowNum() + 1, cells);
                }

                @Override
                public List<SkippedSheet> skippedSheets() {
                    return skipped;
                }

                @Override
                public void close() {
                    try {
                        workbook.close();
                    } catch (IOException ignored) {
                        // read-only workbook: nothing to flush
                    }
                }
            };
        }

        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case NUMERIC -> {
                    if (DateUtil.isCellDateFormatted(cell)) {
                        LocalDateTime value = cell.getLocalDateTimeCellValue();
                        yield value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.toString();
                    }
                    yield new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                }
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> "";
            };
        }
    }
}
