package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyNormaliserTest {

    @ParameterizedTest(name = "title [{0}] = [{1}]")
    @CsvSource(delimiter = '|', value = {
            // NFKC: full-width letters, digits and punctuation become half-width
            "关于２０１８年ＡＢＣ工作的通知|关于2018年ABC工作的通知",
            "关于做好（春节）期间工作的通知|关于做好(春节)期间工作的通知",
            // all white space: ASCII, ideographic U+3000, NBSP, tab, zero-width space, BOM
            "'  关于 印发 方案 的通知 '|关于印发方案的通知",
            "关于\u3000印发方案的通知|关于印发方案的通知",
            "关于\u00A0印发方案\t的通知|关于印发方案的通知",
            "\uFEFF关于印发\u200B方案的通知|关于印发方案的通知",
            "'关于印发方案\n的通知'|关于印发方案的通知",
            // quote variants unified
            "关于开展“三务”公开的通知|关于开展\"三务\"公开的通知",
            "关于开展‘三务’公开的通知|关于开展\"三务\"公开的通知",
            "关于开展「三务」公开的通知|关于开展\"三务\"公开的通知",
            "关于开展『三务』公开的通知|关于开展\"三务\"公开的通知",
            "关于开展＂三务＂公开的通知|关于开展\"三务\"公开的通知",
            "关于开展＇三务＇公开的通知|关于开展\"三务\"公开的通知",
            "关于开展〝三务〞公开的通知|关于开展\"三务\"公开的通知",
            "关于开展„三务‟公开的通知|关于开展\"三务\"公开的通知",
            // trailing full stops, one or several, Chinese, ASCII or full-width
            "关于印发方案的通知。|关于印发方案的通知",
            "关于印发方案的通知.|关于印发方案的通知",
            "关于印发方案的通知。。|关于印发方案的通知",
            "关于印发方案的通知．|关于印发方案的通知",
            "关于印发方案的通知 。 |关于印发方案的通知",
            "关于印发方案的通知｡|关于印发方案的通知",
            // a full stop inside the title stays; other trailing punctuation stays
            "2018.3月工作简报|2018.3月工作简报",
            "关于印发方案的通知！|关于印发方案的通知!",
            // book-title marks are not quotes
            "关于印发《方案》的通知|关于印发《方案》的通知",
    })
    void titleIsNormalised(String raw, String expected) {
        assertThat(KeyNormaliser.title(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "same title: [{0}] ~ [{1}]")
    @CsvSource(delimiter = '|', value = {
            "关于开展“三务”公开的通知。|关于开展 \"三务\" 公开的通知",
            "呼玛县２０１８年预算公开|呼玛县 2018 年预算公开.",
            "关于「扫黑除恶」的通告|关于“扫黑除恶”的通告",
    })
    void titlesThatAreTheSame(String a, String b) {
        assertThat(KeyNormaliser.title(a)).isEqualTo(KeyNormaliser.title(b));
    }

    @ParameterizedTest(name = "different titles: [{0}] ≠ [{1}]")
    @CsvSource(delimiter = '|', value = {
            "呼玛县2018年预算公开|呼玛县2017年预算公开",
            "关于印发方案的通知|关于印发方案的通告",
            "关于印发《方案》的通知|关于印发方案的通知",
            "关于印发方案的通知|关于印发方案的补充通知",
            "财政局工作简报第1期|财政局工作简报第11期",
    })
    void titlesThatDiffer(String a, String b) {
        assertThat(KeyNormaliser.title(a)).isNotEqualTo(KeyNormaliser.title(b));
    }

    @ParameterizedTest(name = "doc no [{0}] = [{1}]")
    @CsvSource(delimiter = '|', value = {
            "黑政办发〔2018〕35号|黑政办发〔2018〕35号",
            "呼政办发[2008]68号|呼政办发〔2008〕68号",
            "黑政办发［2018］35号|黑政办发〔2018〕35号",
            "湘政发【2012】33号|湘政发〔2012〕33号",
            "淮政办发（2019）22号|淮政办发〔2019〕22号",
            "淮政办发(2019)22号|淮政办发〔2019〕22号",
            "苏办发﹝2016﹞45号|苏办发〔2016〕45号",
            "苏办发〖2016〗45号|苏办发〔2016〕45号",
            // mixed opening and closing forms
            "黑政办发【2018]35号|黑政办发〔2018〕35号",
            // white space of every kind removed, full-width digits made half-width
            "常政办发[2025] 12 号|常政办发〔2025〕12号",
            "黑政办发\u3000〔２０１８〕\u00A0３５号|黑政办发〔2018〕35号",
            "' 黑政办发〔2018〕35号 '|黑政办发〔2018〕35号",
            // no brackets: left alone, brackets are not invented
            "黑政办发201835号|黑政办发201835号",
    })
    void docNoIsNormalised(String raw, String expected) {
        assertThat(KeyNormaliser.docNo(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "different doc nos: [{0}] ≠ [{1}]")
    @CsvSource(delimiter = '|', value = {
            "黑政办发〔2018〕35号|黑政办发〔2018〕36号",
            "黑政办发〔2018〕35号|黑政办发〔2017〕35号",
            "黑政办发〔2018〕35号|黑政发〔2018〕35号",
            "黑政办发〔2018〕3号|黑政办发〔2018〕35号",
            // bracketless form is not guessed to be the bracketed one
            "黑政办发201835号|黑政办发〔2018〕35号",
    })
    void docNosThatDiffer(String a, String b) {
        assertThat(KeyNormaliser.docNo(a)).isNotEqualTo(KeyNormaliser.docNo(b));
    }

    @ParameterizedTest(name = "index no [{0}] = [{1}]")
    @CsvSource(delimiter = '|', value = {
            "11230721/2018-00035|11230721/2018-00035",
            "ｍｂ１２３４５/２０１８－００３５|MB12345/2018-0035",
            "' 0001 zf 2018 00035 '|0001ZF201800035",
            "hm-czj\u3000-2018-001|HM-CZJ-2018-001",
            "hm-czj\t2018\u00A0001|HM-CZJ2018001",
    })
    void indexNoIsNormalised(String raw, String expected) {
        assertThat(KeyNormaliser.indexNo(raw)).isEqualTo(expected);
    }

    @Test
    void indexNosThatDiffer() {
        assertThat(KeyNormaliser.indexNo("HM-CZJ-2018-001")).isNotEqualTo(KeyNormaliser.indexNo("HM-CZJ-2018-002"));
        assertThat(KeyNormaliser.indexNo("HM-CZJ-2018-001")).isNotEqualTo(KeyNormaliser.indexNo("HM-CZJ-2018001"));
    }

    @ParameterizedTest(name = "url [{0}] = [{1}]")
    @CsvSource(delimiter = '|', value = {
            "http://www.huma.gov.cn/art/2018/3/5/art_1.html|http://www.huma.gov.cn/art/2018/3/5/art_1.html",
            // scheme and host lower-cased, path case kept
            "HTTP://WWW.Huma.GOV.cn/Art/A.html|http://www.huma.gov.cn/Art/A.html",
            // http and https equal
            "https://www.huma.gov.cn/a.html|http://www.huma.gov.cn/a.html",
            // default ports dropped, others kept
            "http://www.huma.gov.cn:80/a.html|http://www.huma.gov.cn/a.html",
            "https://www.huma.gov.cn:443/a.html|http://www.huma.gov.cn/a.html",
            "http://www.huma.gov.cn:8080/a.html|http://www.huma.gov.cn:8080/a.html",
            // fragment dropped, query kept
            "http://www.huma.gov.cn/a.html#top|http://www.huma.gov.cn/a.html",
            "http://www.huma.gov.cn/show.jsp?id=42&Type=B#p2|http://www.huma.gov.cn/show.jsp?id=42&Type=B",
            // trailing slash dropped, also before a query and for the bare host
            "http://www.huma.gov.cn/zwgk/|http://www.huma.gov.cn/zwgk",
            "http://www.huma.gov.cn/|http://www.huma.gov.cn",
            "http://www.huma.gov.cn|http://www.huma.gov.cn",
            "http://www.huma.gov.cn/zwgk/?page=2|http://www.huma.gov.cn/zwgk?page=2",
            // written without a scheme, or full-width, or wrapped in the cell
            "www.huma.gov.cn/a.html|http://www.huma.gov.cn/a.html",
            "ｈｔｔｐ：／／ｗｗｗ．ｈｕｍａ．ｇｏｖ．ｃｎ／ａ．ｈｔｍｌ|http://www.huma.gov.cn/a.html",
            "' http://www.huma.gov.cn/art/\n2018/a.html '|http://www.huma.gov.cn/art/2018/a.html",
            // Chinese characters in the path do not break parsing
            "http://www.huma.gov.cn/政务公开/通知.html|http://www.huma.gov.cn/政务公开/通知.html",
            "http://10.1.2.3:8080/a|http://10.1.2.3:8080/a",
    })
    void urlIsNormalised(String raw, String expected) {
        assertThat(KeyNormaliser.url(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "different urls: [{0}] ≠ [{1}]")
    @CsvSource(delimiter = '|', value = {
            "http://www.huma.gov.cn/Art/A.html|http://www.huma.gov.cn/art/a.html",
            "http://www.huma.gov.cn/show.jsp?id=42|http://www.huma.gov.cn/show.jsp?id=43",
            "http://www.huma.gov.cn/show.jsp?id=42|http://www.huma.gov.cn/show.jsp",
            "http://www.huma.gov.cn:8080/a.html|http://www.huma.gov.cn/a.html",
            "http://www.huma.gov.cn/a.html|http://czj.huma.gov.cn/a.html",
    })
    void urlsThatDiffer(String a, String b) {
        assertThat(KeyNormaliser.url(a)).isNotEqualTo(KeyNormaliser.url(b));
    }

    @ParameterizedTest(name = "no usable key in [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", "\u00A0\t\n"})
    void blankGivesNull(String raw) {
        assertThat(KeyNormaliser.title(raw)).isNull();
        assertThat(KeyNormaliser.docNo(raw)).isNull();
        assertThat(KeyNormaliser.indexNo(raw)).isNull();
        assertThat(KeyNormaliser.url(raw)).isNull();
    }

    /** "无" in two rows' 索引号 must not make them the same information (design.md §5 rule 1). */
    @ParameterizedTest(name = "placeholder [{0}] is missing")
    @ValueSource(strings = {"无", "暂无", " 无 ", "/", "-", "--", "—", "——", "－", "／", "...", "…", "N/A", "n/a", "null", "0", "〇"})
    void placeholdersCountAsMissing(String raw) {
        assertThat(KeyNormaliser.docNo(raw)).isNull();
        assertThat(KeyNormaliser.indexNo(raw)).isNull();
        assertThat(KeyNormaliser.url(raw)).isNull();
    }

    @ParameterizedTest(name = "not a web address: [{0}]")
    @ValueSource(strings = {"见附件", "详见公开栏", "http://", "/art/2018/a.html", "mailto:czj@huma.gov.cn", "3.5", "2018.03.05"})
    void textThatIsNotAUrlGivesNull(String raw) {
        assertThat(KeyNormaliser.url(raw)).isNull();
    }

    @Test
    void titleOfOnlyFullStopsHasNoKey() {
        assertThat(KeyNormaliser.title("。")).isNull();
    }
}
