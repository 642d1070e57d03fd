package org.pubstats.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** design.md §5: titles equal but for a leading unit or place name are two units' information, not look-alikes. */
class LeadingUnitTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({
        // two townships' reports of one kind
        "北疆乡2018年第四季度计划免疫工作情况, 兴华乡2018年第四季度计划免疫工作情况",
        "鸥浦乡2018年12月“马上办、网上办”事项清单公示, 金山乡2018年12月“马上办、网上办”事项清单公示",
        "北疆乡人民政府2018年第一批农村低保新增对象名单公示, 兴华乡人民政府2018年第一批农村低保新增对象名单公示",
        "韩家园镇2018年6月农村低保资金发放情况, 呼玛镇2018年6月农村低保资金发放情况",
        // departments: 局, 中心, 办事处, 办公室, 馆, a whole department's name against another's
        "呼玛县教育局2018年部门预算公开, 呼玛县财政局2018年部门预算公开",
        "呼玛县政务服务中心2018年1月“马上办、网上办”事项清单公示, 兴隆办事处2018年1月“马上办、网上办”事项清单公示",
        "呼玛县人民政府办公室关于做好2018年森林防火工作的通知, 呼玛县财政局关于做好2018年森林防火工作的通知",
        "呼玛县档案馆2018年政府信息公开工作年度报告, 呼玛县图书馆2018年政府信息公开工作年度报告",
        // villages and schools
        "呼玛镇河西村道路硬化项目招标公告, 呼玛镇河东村道路硬化项目招标公告",
        "呼玛县第一中学2018年招生工作方案, 呼玛县第二中学2018年招生工作方案",
    })
    void namesDifferingAtTheStartAreTwoUnits(String a, String b) {
        assertThat(LeadingUnit.onlyNamesDiffer(a, b)).isTrue();
        assertThat(LeadingUnit.onlyNamesDiffer(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({
        // the sample's look-alikes made on purpose: one character apart, not at the start
        "北疆乡人民政府2018年第一批森林管护员拟聘人员名单公示, 北疆乡人民政府2018年第二批森林管护员拟聘人员名单公示",
        "呼玛县气象局2018年第一批农机购置补贴对象名单公示, 呼玛县气象局2018年第二批农机购置补贴对象名单公示",
        // the same unit, another ending
        "呼玛县政务服务中心2018年3月扶贫资金使用情况公示, 呼玛县政务服务中心2018年3月扶贫资金使用情况公开",
        "兴华乡2018年11月农村低保对象名单公开, 兴华乡2018年12月农村低保对象名单公开",
        "呼玛县2018年第7批公共租赁住房分配结果公示, 呼玛县2018年第4批公共租赁住房分配结果公示",
        // only one title has a name in front: a re-listing under the unit's name is still a probable duplicate
        "关于召开安全生产工作例会的通知, 呼玛县林业局关于召开安全生产工作例会的通知",
        "乡2018年第四季度计划免疫工作情况, 北疆乡2018年第四季度计划免疫工作情况",
        // what differs at the start is no unit's name
        "关于召开森林防火工作例会的通知, 关于取消森林防火工作例会的通知",
        "2018年第一季度计划免疫工作情况, 2019年第一季度计划免疫工作情况",
        "呼玛县韩家园镇站前街地块国有建设用地使用权挂牌出让公告, 呼玛县韩家园镇站前街地块国有建设用地使用权挂牌出让公告（第２批）",
        // a start too long to be a name
        "呼玛县人民政府关于进一步加强和改进全县森林草原防火工作的实施意见的补充通知中心, 呼玛县人民政府关于进一步加强和改进全县森林草原防火工作的实施细则的补充通知中心",
        // titles that are nothing but the name: no title of their own after it
        "北疆乡, 兴华乡",
    })
    void otherDifferencesStillPair(String a, String b) {
        assertThat(LeadingUnit.onlyNamesDiffer(a, b)).isFalse();
        assertThat(LeadingUnit.onlyNamesDiffer(b, a)).isFalse();
    }
}
