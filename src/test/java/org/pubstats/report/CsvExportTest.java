package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {

    @TempDir
    Path dir;

    /** One cell as it ends up in the file, between the BOM and the line end. */
    private String written(String cell) throws Exception {
        Path file = CsvExport.write(dir.resolve("cell.csv"), List.of(cell), List.of());
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return text.substring(1, text.length() - 2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
            "+1|'+1",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "关于A,B的通知|\"关于A,B的通知\"",
            "2018-03-05|2018-03-05",
            "普通标题|普通标题"})
    void neutralisesFormulasAndQuotesWhatNeedsIt(String cell, String written) throws Exception {
        assertThat(written(cell)).isEqualTo(written);
    }

    @Test
    void quotesLineBreaks() throws Exception {
        assertThat(written("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(written("第一行\r第二行")).isEqualTo("\"第一行\r第二行\"");
    }

    @Test
    void writesUtf8WithBomAndCrLf() throws Exception {
        Path file = dir.resolve("a.csv");
        CsvExport.write(file, List.of("标题", "数量"), List.of(List.of("=1+2", "3")));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF标题,数量\r\n'=1+2,3\r\n");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void emptyAndMissingCellsStayEmptyAndUnquoted() throws Exception {
        Path file = CsvExport.write(dir.resolve("b.csv"), List.of("a", "b", "c", "d", "e"),
                (CsvExport.Rows) row -> row.accept(Arrays.asList("x", null, "", "他说\"好\"", "甲\t乙")));
        assertThat(Files.readString(file)).isEqualTo("\uFEFFa,b,c,d,e\r\nx,,,\"他说\"\"好\"\"\",甲\t乙\r\n");
    }
}
