package org.pubstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What one field becomes in COPY text format (the round trip through PostgreSQL is in {@link IntakeCopyRoundTripTest}). */
class CopyLineTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain", "呼玛县政府信息", "呼玛县政府信息"),
                Arguments.of("NULL", null, "\\N"),
                Arguments.of("empty is not NULL", "", ""),
                Arguments.of("the text \\N is not NULL", "\\N", "\\\\N"),
                Arguments.of("backslash", "a\\b", "a\\\\b"),
                Arguments.of("tab", "a\tb", "a\\tb"),
                Arguments.of("newline", "a\nb", "a\\nb"),
                Arguments.of("carriage return", "a\r\nb", "a\\r\\nb"),
                Arguments.of("end-of-data marker", "\\.", "\\\\."),
                Arguments.of("quotes, braces and commas are plain text", "\"{a,b}\"", "\"{a,b}\""),
                Arguments.of("a pair of surrogates", "😀标题", "😀标题"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void text(String what, String value, String field) {
        assertThat(line(l -> l.text(value))).isEqualTo(field + "\n");
    }

    static Stream<Arguments> arrays() {
        return Stream.of(
                Arguments.of("empty", List.of(), "{}"),
                Arguments.of("NULL array", null, "\\N"),
                Arguments.of("every element quoted", List.of("政府网站", "微信"), "{\"政府网站\",\"微信\"}"),
                Arguments.of("the word NULL stays text", List.of("NULL"), "{\"NULL\"}"),
                Arguments.of("a NULL element", Arrays.asList("a", null), "{\"a\",NULL}"),
                Arguments.of("empty and blank elements", List.of("", " "), "{\"\",\" \"}"),
                Arguments.of("comma and braces", List.of("a,b", "{c}"), "{\"a,b\",\"{c}\"}"),
                // inside the literal a quote or backslash is escaped once, then the field's backslashes are doubled
                Arguments.of("quote", List.of("say \"hi\""), "{\"say \\\\\"hi\\\\\"\"}"),
                Arguments.of("backslash", List.of("a\\b"), "{\"a\\\\\\\\b\"}"),
                Arguments.of("tab and newline", List.of("a\tb\nc"), "{\"a\\tb\\nc\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void textArray(String what, List<String> values, String field) {
        assertThat(line(l -> l.textArray(values))).isEqualTo(field + "\n");
    }

    @org.junit.jupiter.api.Test
    void fieldsAreSeparatedByTabsAndRowsEndedByNewlines() {
        StringBuilder out = new StringBuilder();
        CopyLine line = new CopyLine(out);
        line.number(7).text("a").date(LocalDate.of(2018, 3, 1)).bool(true).date(null).end();
        line.number(-1).bool(false).end();
        assertThat(out.toString()).isEqualTo("7\ta\t2018-03-01\tt\t\\N\n-1\tf\n");
    }

    private static String line(java.util.function.Consumer<CopyLine> fields) {
        StringBuilder out = new StringBuilder();
        CopyLine line = new CopyLine(out);
        fields.accept(line);
        line.end();
        return out.toString();
    }
}
