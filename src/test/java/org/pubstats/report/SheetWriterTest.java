package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

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

    @Test
    void neverSplitsASurrogatePair() {
        String text = "😀".repeat(20_000);
        String cut = SheetWriter.cellText(text);
        assertThat(cut.length()).isLessThanOrEqualTo(SheetWriter.MAX_CELL_CHARS);
        assertThat(cut.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).as("no lone surrogate").isZero();
        assertThat(cut).endsWith("原文共20000字］");
    }
}
