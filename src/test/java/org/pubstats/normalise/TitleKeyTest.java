package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles as real county catalogs publish them, and the key they match by (design.md §3). */
class TitleKeyTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # published title                                                  | 文号 column       | title key                                  | 文号 key
            关于印发《呼玛县扶贫资金管理办法》的通知                              | -                | 关于印发《呼玛县扶贫资金管理办法》的通知          | -
            关于印发《呼玛县扶贫资金管理办法》的通知（已废止）                    | -                | 关于印发《呼玛县扶贫资金管理办法》的通知          | -
            关于印发《呼玛县扶贫资金管理办法》的通知【已失效】                    | -                | 关于印发《呼玛县扶贫资金管理办法》的通知          | -
            关于印发《呼玛县扶贫资金管理办法》的通知(已修改)。                    | -                | 关于印发《呼玛县扶贫资金管理办法》的通知          | -
            标题：关于做好春季防火工作的通知                                      | -                | 关于做好春季防火工作的通知                      | -
            题目: 关于做好春季防火工作的通知                                      | -                | 关于做好春季防火工作的通知                      | -
            关于做好春季防火工作的通知 发表时间：2018-03-09                        | -                | 关于做好春季防火工作的通知                      | -
            标题：关于做好春季防火工作的通知发布时间：2018-03-09 来源：县政府办      | -                | 关于做好春季防火工作的通知                      | -
            关于做好春季防火工作的通知（岳办发〔2017〕2号）                        | -                | 关于做好春季防火工作的通知                      | 岳办发〔2017〕2号
            关于做好春季防火工作的通知（岳办发[2017]2号）                          | 岳办发〔2017〕2号 | 关于做好春季防火工作的通知                      | 岳办发〔2017〕2号
            关于做好春季防火工作的通知（岳办发〔2017〕3号）                        | 岳办发〔2017〕2号 | 关于做好春季防火工作的通知(岳办发〔2017〕3号)   | 岳办发〔2017〕2号
            关于做好春季防火工作的通知（岳办发〔2017〕2号）（已废止）              | -                | 关于做好春季防火工作的通知                      | 岳办发〔2017〕2号
            呼玛县农村低保管理办法（试行）                                        | -                | 呼玛县农村低保管理办法(试行)                    | -
            呼玛县农村低保管理办法（暂行）（已废止）                              | -                | 呼玛县农村低保管理办法(暂行)                    | -
            呼玛县国民经济和社会发展统计公报（2018年）                            | -                | 呼玛县国民经济和社会发展统计公报(2018年)        | -
            关于2018年第四季度计划免疫工作情况的通报（第3号）                      | -                | 关于2018年第四季度计划免疫工作情况的通报(第3号)  | -
            （已废止）                                                          | -                | (已废止)                                       | -
            """)
    void wrappersComeOffNamesStay(String published, String docNo, String titleKey, String docNoKey) {
        KeyNormaliser.TitleKey key = KeyNormaliser.titleKey(published, docNo);
        assertThat(key.title()).isEqualTo(titleKey);
        assertThat(key.docNo()).isEqualTo(docNoKey);
        assertThat(KeyNormaliser.title(published)).as("without a 文号 column, as the overrides file matches")
                .isEqualTo(docNo == null ? titleKey : KeyNormaliser.titleKey(published, null).title());
    }
}
