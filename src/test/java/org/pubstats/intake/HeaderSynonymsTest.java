package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubstats.jobsdir.JobsFileException;

class HeaderSynonymsTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("header-synonyms.csv"), text, StandardCharsets.UTF_8);
    }

    /** Notepad and Excel save UTF-8 with a BOM; the BOM used to make the first comment an unknown field. */
    @Test
    void aFileSavedWithBomWorks() throws IOException {
        HeaderSynonyms synonyms = HeaderSynonyms.load(file(
                "\uFEFF# Header names, and the field each stands for\r\nfield,synonym\r\ntitle,信息标题\r\npublish_date,发布日期\r\n"));

        assertThat(synonyms.match("信息标题")).hasValueSatisfying(m -> assertThat(m.field()).isEqualTo(Field.TITLE));
        assertThat(synonyms.asHeader(new RawRow("", 4, List.of("序号", "信息标题", "发布日期"))))
                .hasValueSatisfying(map -> assertThat(map.columns())
                        .containsEntry(Field.TITLE, 1).containsEntry(Field.PUBLISH_DATE, 2));
    }

    @Test
    void earlierLinesAreMatchedFirstAndAQuotedSynonymMayHoldAComma() throws IOException {
        HeaderSynonyms synonyms = HeaderSynonyms.load(file("title,标题\ntitle,\"名称,标题\"\ntitle,标题\npublish_date,日期\n"));

        assertThat(synonyms.match("名称,标题")).hasValueSatisfying(m -> assertThat(m.priority()).isEqualTo(1));
        assertThat(synonyms.match("标题")).hasValueSatisfying(m -> assertThat(m.priority()).isZero());
        assertThat(synonyms.asHeader(new RawRow("", 1, List.of("名称,标题", "标题", "日期"))))
                .hasValueSatisfying(map -> assertThat(map.columns()).containsEntry(Field.TITLE, 1));
    }

    @Test
    void theShippedFileLoads() {
        HeaderSynonyms synonyms = HeaderSynonyms.load(Path.of("jobs/header-synonyms.csv"));
        assertThat(synonyms.match("发布日期")).hasValueSatisfying(m -> assertThat(m.field()).isEqualTo(Field.PUBLISH_DATE));
        assertThat(synonyms.match("field")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field      | titel,标题            | 未知的字段名“titel”，可用的字段名：title、publish_date",
            "synonym missing    | title                 | 每行应为两列：字段名,表头名称（如 title,信息标题），此行有 1 列",
            "synonym empty      | 'title,,'             | 此行有 1 列",
            "three fields       | 'title,标题,名称'     | 此行有 3 列；表头名称中有逗号时请用英文双引号括起来"})
    void aMalformedLineIsAnErrorNamingFileAndLine(String what, String line, String problem) throws IOException {
        Path file = file("# note\nfield,synonym\n\ntitle,信息标题\n" + line + "\ntitle,名称\n");

        assertThatThrownBy(() -> HeaderSynonyms.load(file))
                .isInstanceOf(JobsFileException.class)
                .hasMessageStartingWith(file + " 第 5 行：")
                .hasMessageContaining(problem);
    }
}
