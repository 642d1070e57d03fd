package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelValueTextTest {

    @ParameterizedTest
    @CsvSource({
            "43165, 43165",
            "43165.0, 43165",
            "12.5, 12.5",
            "20180305, 20180305",
            "0.30000000000000004, 0.3",
            "-0.0, 0",
            "1E20, 100000000000000000000",
            "0.000125, 0.000125",
            "123456789012345678, 123456789012346000"})
    void numbersAreTheirShortestDecimalAtExcelsPrecision(double value, String text) {
        assertThat(ExcelValueText.number(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
            "43164, 2018-03-05",
            "43164.4375, 2018-03-05T10:30",
            "43164.43751157407, 2018-03-05T10:30:01",
            "0.5, 12:00",
            "-1, -1"})
    void dateFormattedNumbersAreIsoText(double serial, String text) {
        assertThat(ExcelValueText.date(serial, false)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "14|m/d/yy|true",
            "31||true",
            "57||true",
            "164|yyyy\"年\"m\"月\"d\"日\"|true",
            "164|yyyy-mm-dd hh:mm|true",
            "0|General|false",
            "4|#,##0.00|false",
            "49|@|false"})
    void recognisesDateFormatsIncludingChineseBuiltIns(int id, String format, boolean isDate) {
        assertThat(ExcelValueText.isDateFormat(id, format)).isEqualTo(isDate);
    }

    @Test
    void wholeNumbersTakeAShortcutToTheSameText() {
        Random random = new Random(11);
        double[] edges = {0, -0.0, 1, -1, 999_999_999_999_999d, -999_999_999_999_999d, 1e15, -1e15, 1e15 + 2,
            9_007_199_254_740_993d, 43164, 2_147_483_648d, 1e300, 0.5, 4.5e-7};
        for (double value : edges) {
            assertThat(ExcelValueText.number(value)).as("%s", value).isEqualTo(viaBigDecimal(value));
        }
        for (int i = 0; i < 100_000; i++) {
            double value = Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(18))) * (random.nextBoolean() ? 1 : -1);
            assertThat(ExcelValueText.number(value)).as("%s", value).isEqualTo(viaBigDecimal(value));
        }
    }

    /** How every number was shown before the shortcut for whole numbers. */
    private static String viaBigDecimal(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }
}
