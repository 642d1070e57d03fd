package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubstats.report.NationalFormat.TableThreeRow;

/** Table 三 by the year's format, and its rules on tables made by hand (no database). */
class TableThreeFormatTest {

    @Test
    void theEditionFollowsTheYear() {
        assertThat(FormatEdition.forYear(2018)).isEqualTo(FormatEdition.COUNTY_TABLE_ONLY);
        assertThat(FormatEdition.forYear(2019)).isEqualTo(FormatEdition.TRIAL_2019);
        assertThat(FormatEdition.forYear(2020)).isEqualTo(FormatEdition.TRIAL_2019);
        assertThat(FormatEdition.forYear(2021)).isEqualTo(FormatEdition.FORMAT_2021);
    }

    @Test
    void rowsByEdition() {
        assertThat(NationalFormat.tableThree(FormatEdition.COUNTY_TABLE_ONLY)).isEmpty();
        List<String> format2021 = NationalFormat.tableThree(FormatEdition.FORMAT_2021).stream().map(TableThreeRow::csvLabel).toList();
        assertThat(format2021).hasSize(25).startsWith("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）1.属于国家秘密")
                .contains("（三）3.危及“三安全一稳定”", "（六）3.其他").endsWith("（七）总计", "四、结转下年度继续办理");
        List<TableThreeRow> trial = NationalFormat.tableThree(FormatEdition.TRIAL_2019);
        assertThat(trial.stream().map(TableThreeRow::csvLabel).toList()).hasSize(23)
                .containsSequence("（五）5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计");
        TableThreeRow other = trial.stream().filter(r -> r.label().equals("（六）其他处理")).findFirst().orElseThrow();
        RequestTable table = table(new Object[][] {{"（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "自然人", 2},
                {"（六）3.其他", "自然人", 3}});
        assertThat(NationalFormat.tableThreeValue(other, table, 0)).isEqualTo(5);
    }

    @Test
    void aConsistentTableBreaksNoRule() {
        RequestTable table = table(new Object[][] {{"一", "自然人", 3}, {"一", "总计", 3}, {"二", "自然人", 1}, {"二", "总计", 1},
                {"（一）予以公开", "自然人", 2}, {"（一）予以公开", "总计", 2}, {"（七）总计", "自然人", 2}, {"（七）总计", "总计", 2},
                {"四", "自然人", 2}, {"四", "总计", 2}});
        assertThat(Table3Checks.check("甲局", table, FormatEdition.FORMAT_2021)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsListedWithItsNumbers() {
        RequestTable table = table(new Object[][] {{"一", "自然人", 3}, {"一", "总计", 4}, {"二", "自然人", 1}, {"二", "总计", 1},
                {"（一）予以公开", "自然人", 1}, {"（一）予以公开", "总计", 1}, {"（七）总计", "自然人", 2}, {"（七）总计", "总计", 2},
                {"四", "自然人", 2}, {"四", "总计", 2}});
        assertThat(Table3Checks.check("甲局", table, FormatEdition.FORMAT_2021).stream().map(Table3Checks.Breach::sentence))
                .containsExactlyInAnyOrder(
                        "甲局：总计列 一 + 二 = 三（七）+ 四不成立（4 + 1 = 5，2 + 2 = 4）",
                        "甲局：自然人列 （七）总计 = 各项办理结果之和不成立（（七）总计 2，各项办理结果之和 1）",
                        "甲局：总计列 （七）总计 = 各项办理结果之和不成立（（七）总计 2，各项办理结果之和 1）",
                        "甲局：“一、本年新收政府信息公开申请数量”行 总计 = 六类申请人之和不成立（总计 4，六列之和 3）");
        assertThat(Table3Checks.check("甲局", table, FormatEdition.COUNTY_TABLE_ONLY)).as("no Table 三 before 2019").isEmpty();
    }

    private static RequestTable table(Object[][] cells) {
        RequestTable.Builder builder = new RequestTable.Builder();
        for (Object[] cell : cells) {
            builder.add((String) cell[0], (String) cell[1], (Integer) cell[2]);
        }
        return builder.build();
    }
}
