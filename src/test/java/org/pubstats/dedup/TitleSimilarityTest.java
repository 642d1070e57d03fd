package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The similarity of the review list on a county's year of titles: rare words decide likeness, not
 * the frames every title shares. 0.8 is the default review-similarity.
 */
class TitleSimilarityTest {

    static final List<String> BUREAUS = List.of("教育局", "财政局", "民政局", "卫生健康局", "交通运输局", "自然资源局",
            "农业农村局", "司法局", "审计局", "公安局", "人力资源和社会保障局", "应急管理局");
    static final List<String> TOWNSHIPS = List.of("北疆乡", "兴华乡", "金山乡", "鸥浦乡", "三卡乡", "韩家园镇", "呼玛镇");
    static final List<String> SUBJECTS = List.of("耕地保护", "食品安全", "计划免疫", "河长制", "精准扶贫", "安全生产",
            "森林防火", "乡村振兴", "冬季供暖", "机构改革", "档案管理", "边境管理");

    static final List<String> FIELDS = List.of("林业", "水务", "气象", "档案", "统计", "粮食", "商务", "文化", "体育", "旅游",
            "科技", "工信", "市场", "信访", "医保", "税务", "人防", "供销", "邮政", "电力");

    /** The bureaus of a county of about a hundred departments. */
    static List<String> bureaus() {
        List<String> bureaus = new ArrayList<>(BUREAUS);
        for (String field : FIELDS) {
            for (String kind : List.of("局", "服务中心", "管理站", "监督所")) {
                bureaus.add(field + kind);
            }
        }
        return bureaus;
    }

    /** A county's year: a hundred bureaus issue work plans and quarterly reports, townships their monthly lists. */
    static GramRarity countyYear() {
        GramRarity.Counter counter = GramRarity.counter(2000);
        List<String> bureaus = bureaus();
        for (int d = 0; d < bureaus.size(); d++) {
            String department = "呼玛县" + bureaus.get(d);
            for (int s = 0; s < 4; s++) {
                String subject = SUBJECTS.get((d + s) % SUBJECTS.size());
                counter.add(department, 2018, department + "关于印发2018年" + subject + "工作要点的通知");
                counter.add(department, 2018, department + "2018年第" + "一二三四".charAt(s) + "季度" + subject + "工作情况");
            }
            counter.add(department, 2018, department + "2018年政府信息公开工作年度报告");
            counter.add(department, 2018, department + "2018年权责清单调整情况公示");
        }
        for (int t = 0; t < TOWNSHIPS.size(); t++) {
            String township = TOWNSHIPS.get(t);
            for (int month = 1; month <= 12; month++) {
                counter.add(township + "人民政府", 2018, township + "2018年" + month + "月行政许可事项办理结果公示");
                counter.add(township + "人民政府", 2018, township + "2018年" + month + "月农村低保对象名单" + (month % 2 == 0 ? "公示" : "公开"));
            }
            for (int s = 0; s < 3; s++) {
                counter.add(township + "人民政府", 2018, township + "2018年第四季度" + SUBJECTS.get((t + s) % SUBJECTS.size()) + "工作情况");
            }
        }
        return counter.rarity();
    }

    static final GramRarity RARITY = countyYear();

    static double similarity(String a, String departmentA, String b, String departmentB) {
        return TitleSimilarity.of(WeightedTitle.of(a, departmentA, RARITY.year(2018)),
                WeightedTitle.of(b, departmentB, RARITY.year(2018)));
    }

    @ParameterizedTest(name = "{0}: {5}..{6}")
    @CsvSource(delimiter = '|', textBlock = """
            equal titles                            | 北疆乡2018年5月行政许可事项办理结果公示 | 北疆乡人民政府 | 北疆乡2018年5月行政许可事项办理结果公示 | 北疆乡人民政府 | 1.0  | 1.0
            equal titles, two departments           | 呼玛县教育局关于印发2018年耕地保护工作要点的通知 | 呼玛县教育局 | 呼玛县教育局关于印发2018年耕地保护工作要点的通知 | 呼玛县财政局 | 1.0 | 1.0
            a frame word differs (公示, 公开)         | 兴华乡2018年11月农村低保对象名单公示 | 兴华乡人民政府 | 兴华乡2018年11月农村低保对象名单公开 | 兴华乡人民政府 | 0.9 | 0.999
            a frame word added (工作)                 | 呼玛县审计局关于开展春季植树造林的通知 | 呼玛县审计局 | 呼玛县审计局关于开展春季植树造林工作的通知 | 呼玛县审计局 | 0.8 | 0.999
            only the unit differs                   | 北疆乡2018年第四季度计划免疫工作情况 | 北疆乡人民政府 | 兴华乡2018年第四季度计划免疫工作情况 | 兴华乡人民政府 | 0.0 | 0.79
            one department, only the subject differs | 呼玛县教育局关于印发2018年耕地保护工作要点的通知 | 呼玛县教育局 | 呼玛县教育局关于印发2018年食品安全工作要点的通知 | 呼玛县教育局 | 0.0 | 0.79
            only frames shared                      | 呼玛县财政局关于印发2018年河长制工作要点的通知 | 呼玛县财政局 | 呼玛县教育局关于印发2018年精准扶贫工作要点的通知 | 呼玛县教育局 | 0.0 | 0.5
            nothing shared                          | 关于开展春季植树造林的通知 | 呼玛县审计局 | 2018年财政预算公开 | 呼玛县财政局 | 0.0 | 0.1
            """)
    void rareWordsDecideLikeness(String why, String a, String departmentA, String b, String departmentB, double min, double max) {
        assertThat(similarity(a, departmentA, b, departmentB)).as(why).isBetween(min, max);
        assertThat(similarity(b, departmentB, a, departmentA)).as("the same both ways").isEqualTo(similarity(a, departmentA, b, departmentB));
    }

    /** Against plain bigram Dice (every bigram weighing 1): a differing rare word pulls titles apart, a differing frame word less. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a frame word differs, closer  | 兴华乡2018年11月农村低保对象名单公示 | 兴华乡人民政府 | 兴华乡2018年11月农村低保对象名单公开 | 兴华乡人民政府 | 1
            the unit differs, further     | 金山乡2018年11月农村低保对象名单公示 | 金山乡人民政府 | 兴华乡2018年11月农村低保对象名单公示 | 兴华乡人民政府 | -1
            the unit differs, further     | 北疆乡2018年第四季度计划免疫工作情况 | 北疆乡人民政府 | 兴华乡2018年第四季度计划免疫工作情况 | 兴华乡人民政府 | -1
            the subject differs, further  | 呼玛县教育局关于印发2018年耕地保护工作要点的通知 | 呼玛县教育局 | 呼玛县教育局关于印发2018年食品安全工作要点的通知 | 呼玛县教育局 | -1
            """)
    void rarityMovesPairsFromPlainDice(String why, String a, String departmentA, String b, String departmentB, int direction) {
        double plain = TitleSimilarity.of(WeightedTitle.of(a, "", gram -> 1), WeightedTitle.of(b, "", gram -> 1));
        assertThat(Math.signum(similarity(a, departmentA, b, departmentB) - plain)).as(why).isEqualTo(direction);
    }

    @Test
    void withoutRarityEveryBigramWeighsAlikeAndItIsPlainDice() {
        // 关于开展春季植树造林的通知 and …工作的通知: 11 bigrams shared of 12 and 14.
        List<Double> both = new ArrayList<>();
        for (String[] pair : new String[][] {{"关于开展春季植树造林的通知", "关于开展春季植树造林工作的通知"}}) {
            both.add(TitleSimilarity.of(WeightedTitle.of(pair[0], "", gram -> 1), WeightedTitle.of(pair[1], "", gram -> 1)));
        }
        assertThat(both).containsExactly(22.0 / 26);
    }

    @Test
    void aFewDepartmentsTellNoRarityAndWeighNearlyAlike() {
        GramRarity.Counter counter = GramRarity.counter(4);
        counter.add("部门A", 2018, "关于做好防汛工作的通知");
        counter.add("部门B", 2018, "关于做好防汛抗旱工作的通知");
        counter.add("部门C", 2018, "财政预算公开");
        GramRarity few = counter.rarity();
        double common = few.weight(2018, TitleSimilarity.bigrams("通知")[0]);
        double rare = few.weight(2018, TitleSimilarity.bigrams("抗旱")[0]);
        assertThat(rare / common).isBetween(1.0, 1.3);
        assertThat(few.departments(2018)).isEqualTo(3);
        assertThat(few.departmentsUsing(2018, TitleSimilarity.bigrams("防汛")[0])).isEqualTo(2);
    }
}
