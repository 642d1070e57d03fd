package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every month, quarter and half of a year, and what is not a period. */
class PeriodTest {

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of("2018-01", "2018-01-01", "2018-01-31", "2018年1月", "2018-01"),
                Arguments.of("2018-02", "2018-02-01", "2018-02-28", "2018年2月", "2018-02"),
                Arguments.of("2020-02", "2020-02-01", "2020-02-29", "2020年2月", "2020-02"),
                Arguments.of("2018-03", "2018-03-01", "2018-03-31", "2018年3月", "2018-03"),
                Arguments.of("2018-04", "2018-04-01", "2018-04-30", "2018年4月", "2018-04"),
                Arguments.of("2018-05", "2018-05-01", "2018-05-31", "2018年5月", "2018-05"),
                Arguments.of("2018-06", "2018-06-01", "2018-06-30", "2018年6月", "2018-06"),
                Arguments.of("2018-07", "2018-07-01", "2018-07-31", "2018年7月", "2018-07"),
                Arguments.of("2018-08", "2018-08-01", "2018-08-31", "2018年8月", "2018-08"),
                Arguments.of("2018-09", "2018-09-01", "2018-09-30", "2018年9月", "2018-09"),
                Arguments.of("2018-10", "2018-10-01", "2018-10-31", "2018年10月", "2018-10"),
                Arguments.of("2018-11", "2018-11-01", "2018-11-30", "2018年11月", "2018-11"),
                Arguments.of("2018-12", "2018-12-01", "2018-12-31", "2018年12月", "2018-12"),
                Arguments.of("2018-Q1", "2018-01-01", "2018-03-31", "2018年第一季度", "2018-Q1"),
                Arguments.of("2018-Q2", "2018-04-01", "2018-06-30", "2018年第二季度", "2018-Q2"),
                Arguments.of("2018-Q3", "2018-07-01", "2018-09-30", "2018年第三季度", "2018-Q3"),
                Arguments.of("2018-Q4", "2018-10-01", "2018-12-31", "2018年第四季度", "2018-Q4"),
                Arguments.of("2018-q4", "2018-10-01", "2018-12-31", "2018年第四季度", "2018-Q4"),
                Arguments.of("2018-H1", "2018-01-01", "2018-06-30", "2018年上半年", "2018-H1"),
                Arguments.of("2018-H2", "2018-07-01", "2018-12-31", "2018年下半年", "2018-H2"),
                Arguments.of(" 2018-h2 ", "2018-07-01", "2018-12-31", "2018年下半年", "2018-H2"));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void aPeriodHasItsDaysItsNameAndItsCode(String text, String start, String end, String label, String code) {
        Period period = Period.parse(text);
        assertThat(period.year()).isEqualTo(Integer.parseInt(start.substring(0, 4)));
        assertThat(period.start()).isEqualTo(LocalDate.parse(start));
        assertThat(period.end()).isEqualTo(LocalDate.parse(end));
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.code()).isEqualTo(code);
        assertThat(Period.parse(period.code())).isEqualTo(period);
        assertThat(period.lastMonth() - period.firstMonth() + 1).isEqualTo(period.kind().months);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2018", "2018-00", "2018-13", "2018-3", "2018-003", "18-03", "2018/03", "2018-Q0",
            "2018-Q5", "2018-Q", "2018-Q01", "2018-H0", "2018-H3", "2018-H", "2018-M3", "2018-03-01", "2018年3月",
            "２０１８-03", "2018-Q1x", "Q1-2018", "2018 -03"})
    void anythingElseIsRefusedInChinese(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("统计期格式不对").hasMessageContaining("2018-Q1");
    }

    @Test
    void nothingIsRefusedToo() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
