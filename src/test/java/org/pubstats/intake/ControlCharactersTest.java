package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void removesNulC0C1LoneSurrogatesAndNoncharacters() {
        assertThat(ControlCharacters.strip("关于\u0000印发\u0001\u001F的\u007F通\u0080知\u009F")).isEqualTo("关于印发的通知");
        assertThat(ControlCharacters.strip("a\uD800b\uDC00c\uFFFEd\uFFFF")).isEqualTo("abcd");
    }

    @Test
    void keepsWhiteSpaceAndValidSurrogatePairs() {
        String text = "第一行\n第二行\r\n\t制表 𠀀 😀";
        assertThat(ControlCharacters.strip(text)).isSameAs(text);
        assertThat(ControlCharacters.present(text)).isFalse();
    }

    @Test
    void lineBreakControlsBecomeLineFeeds() {
        assertThat(ControlCharacters.strip("微信\u000B微博\u000C网站\u0085公报")).isEqualTo("微信\n微博\n网站\n公报");
    }

    @Test
    void everyRawRowValuePassesThrough() {
        RawRow row = new RawRow("目\u0000录", 3, java.util.Arrays.asList("标\u0000题", null, "\u0001"));
        assertThat(row.sheet()).isEqualTo("目录");
        assertThat(row.cells()).isEqualTo(List.of("标题", "", ""));
        assertThat(row.isBlank()).isFalse();
    }
}
