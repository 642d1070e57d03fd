package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    @Test
    void cutsCellsAtExcelsLimitWithAVisibleMark() throws Exception {
        String long40k = "长".repeat(40_000);
        String cut = SheetWriter.cellText(long40k);
        assertThat(cut).hasSize(SheetWriter.MAX_CELL_CHARS).endsWith("…［已截断，原文共40000字］").startsWith("长长长");
        assertThat(SheetWriter.cellText("短")).isEqualTo("短");
        assertThat(SheetWriter.cellText(null)).isEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter out = new SheetWriter(workbook, new SheetWriter.Styles(workbook), "表");
            out.columns(20, 10, 10);
            out.text(0, 0, long40k);
            out.header(1, 0, long40k);
            out.note(3, 2, long40k);
            workbook.write(bytes);
        }
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            String value = back.getSheet("表").getRow(0).getCell(0).getStringCellValue();
            assertThat(value).hasSize(SheetWriter.MAX_CELL_CHARS).endsWith("原文共40000字］");
        }
    }

    /**
     * Row heights are fitted as cells are written, so they hold on a streaming sheet whose rows are flushed
     * behind a window of 2: wrapped text grows its row by lines of its column's width (a CJK character counts
     * two), a merged cell does not, and a height set on purpose is a floor.
     */
    @Test
    void fitsRowHeightsAsCellsAreWrittenEvenOnAStreamingSheet() throws Exception {
        String[][] cells = {
                // column 0 holds 9 characters a line (width 10), column 1 holds 3 (width 4)
                {"短", ""},                       // 1 line
                {"十个汉字十个汉字十个", ""},       // 20 wide → 3 lines
                {"", "abcdefg"},                  // 7 wide in column 1 → 3 lines
                {"abc", "一二三四五六七八九十"},     // 20 wide in column 1 → 7 lines
        };
        float[] expected = {-1, 45, 45, 105};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(2)) {
            SheetWriter out = new SheetWriter(workbook, new SheetWriter.Styles(workbook), "表");
            out.columns(10, 4);
            for (int r = 0; r < cells.length; r++) {
                out.text(r, 0, cells[r][0]);
                out.text(r, 1, cells[r][1]);
            }
            out.header(4, 0, "一个很长很长很长很长很长的合并表头");
            out.merge(4, 4, 0, 1);
            out.height(5, 30);
            out.text(5, 0, "短");
            out.height(6, 20);
            out.text(6, 0, "十个汉字十个汉字十个");
            workbook.write(bytes);
        }
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            var sheet = back.getSheet("表");
            for (int r = 0; r < expected.length; r++) {
                assertThat(sheet.getRow(r).getCTRow().isSetHt() ? sheet.getRow(r).getHeightInPoints() : -1)
                        .as("row %d", r).isEqualTo(expected[r]);
            }
            assertThat(sheet.getRow(4).getCTRow().isSetHt()).as("a merged header does not grow its row").isFalse();
            assertThat(sheet.getRow(5).getHeightInPoints()).as("a height set on purpose").isEqualTo(30);
            assertThat(sheet.getRow(6).getHeightInPoints()).as("text taller than the floor").isEqualTo(45);
        }
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "😀".repeat(20_000);
        String cut = SheetWriter.cellText(text);
        assertThat(cut.length()).isLessThanOrEqualTo(SheetWriter.MAX_CELL_CHARS);
        assertThat(cut.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).as("no lone surrogate").isZero();
        assertThat(cut).endsWith("原文共20000字］");
    }
}
