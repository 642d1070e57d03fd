package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueSplitterTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
            "政府网站|政府网站",
            "政府网站、微信|政府网站;微信",
            "'政府网站,微信'|政府网站;微信",
            "政府网站，微信|政府网站;微信",
            "政府网站;微信|政府网站;微信",
            "政府网站；微信|政府网站;微信",
            "政府网站/微信|政府网站;微信",
            "政府网站／微信|政府网站;微信",
            "'政府网站\n微信'|政府网站;微信",
            "'政府网站\r\n微信\r\n公开栏'|政府网站;微信;公开栏",
            // separators mixed, doubled, leading or trailing; values trimmed
            "' 政府网站 、 微信 ，公开栏；'|政府网站;微信;公开栏",
            "、、政府网站、、微信、|政府网站;微信",
            "\u3000政府网站\u3000、\u00A0微信\u00A0|政府网站;微信",
            // white space inside a value is not a separator
            "LED 屏、政府网站|LED 屏;政府网站",
            // a value given twice counts once
            "微信、政府网站、微信|微信;政府网站",
    })
    void splits(String cell, String expected) {
        assertThat(ValueSplitter.split(cell)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "[{0}] has no values")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "、", " , ，", "\n\n", "\u3000"})
    void nothingToSplit(String cell) {
        assertThat(ValueSplitter.split(cell)).isEqualTo(List.of());
    }
}
