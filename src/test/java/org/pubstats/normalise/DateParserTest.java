package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            // the date forms of design.md §2.2
            "2018-03-05|2018-03-05",
            "2018-3-5|2018-03-05",
            "2018/3/5|2018-03-05",
            "2018/03/05|2018-03-05",
            "2018.03.05|2018-03-05",
            "2018.3.5|2018-03-05",
            "20180305|2018-03-05",
            "2018年3月5日|2018-03-05",
            "2018年03月05日|2018-03-05",
            "2018 年 3 月 5 日|2018-03-05",
            "2018年3月5号|2018-03-05",
            // each with a time
            "2018-03-05 10:30|2018-03-05",
            "2018-03-05 10:30:00|2018-03-05",
            "2018-03-05T10:30:00|2018-03-05",
            "2018-03-05T10:30:00.000+08:00|2018-03-05",
            "2018-03-05T10:30:00Z|2018-03-05",
            "2018-03-05 00:00:00.0|2018-03-05",
            "2018/3/5 10:30:00|2018-03-05",
            "2018/3/5 9:05|2018-03-05",
            "2018.03.05 10:30|2018-03-05",
            "2018年3月5日 10时30分|2018-03-05",
            "2018年3月5日10时30分|2018-03-05",
            "2018年3月5日 10时30分15秒|2018-03-05",
            "2018年3月5日 10:30|2018-03-05",
            "2018年3月5日 下午3点|2018-03-05",
            "20180305 10:30|2018-03-05",
            "201803051030|2018-03-05",
            "20180305103000|2018-03-05",
            // full-width digits and separators, other dash characters
            "２０１８－０３－０５|2018-03-05",
            "２０１８／３／５|2018-03-05",
            "２０１８．０３．０５|2018-03-05",
            "２０１８年３月５日|2018-03-05",
            "２０１８－０３－０５　１０：３０|2018-03-05",
            "2018—03—05|2018-03-05",
            "2018–03–05|2018-03-05",
            // surrounding white space of any kind
            "'  2018-03-05  '|2018-03-05",
            "\u30002018/3/5\u3000|2018-03-05",
            "\u00A02018-03-05\t|2018-03-05",
            "'\n2018年3月5日\n'|2018-03-05",
            "'2018-03-05   10:30'|2018-03-05",
            // leap days
            "2016-02-29|2016-02-29",
            "2000-02-29|2000-02-29",
            // Excel serials as text, 1900 date system (43101 is 2018-01-01, so 2018-03-05 is 43164)
            "43164|2018-03-05",
            "43165|2018-03-06",
            "43164.0|2018-03-05",
            "43164.5|2018-03-05",
            "43164.99999|2018-03-05",
            "' 43164 '|2018-03-05",
            "４３１６４|2018-03-05",
            "43101|2018-01-01",
            "43465|2018-12-31",
            "18264|1950-01-01",
            "73050|2099-12-31",
            "73415|2100-12-31",
    })
    void readsDate(String raw, LocalDate expected) {
        assertThat(DateParser.parse(raw)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @NullAndEmptySource
    @ValueSource(strings = {
            " ", "\u3000",
            // impossible dates
            "2018-13-40", "2018-02-30", "2017-02-29", "1900-02-29", "2018-00-10", "2018-03-00",
            "20181340", "2018年13月5日", "2018年2月30日",
            // not dates
            "abc", "12", "2018", "2018年", "2018年3月", "2018-03", "201803", "无", "待定", "-", "/",
            "2018-03-05abc", "2018-03-05 (周一)", "发布于2018-03-05", "2018-03-05 2018-03-06",
            "2018-03/05", "2018/03-05", "18-3-5", "3/5/2018", "05.03.2018",
            // a time that is not a clock time
            "2018-03-05 25:00", "2018-03-05 10:75", "2018年3月5日 24时",
            "201803052500",
            // serials: too short to be a date, negative, beyond 2100, not a number
            "0", "60", "1000", "9999", "-43165", "73416", "99999", "43165,5", "4.3165E4",
            "431650", "123456789012345678901234567890",
    })
    void givesEmpty(String raw) {
        assertThat(DateParser.parse(raw)).isEmpty();
    }

    /** The serial arithmetic agrees with Apache POI, which reads the same numbers from .xls/.xlsx cells. */
    @ParameterizedTest(name = "serial {0} as POI reads it")
    @ValueSource(ints = {10000, 18264, 25569, 36526, 43101, 43164, 43165, 43465, 45000, 73415})
    void serialAgreesWithPoi(int serial) {
        LocalDate poi = DateUtil.getLocalDateTime(serial, false).toLocalDate();
        assertThat(DateParser.parse(Integer.toString(serial))).contains(poi);
        assertThat(DateParser.parse(serial + ".75")).contains(poi);
    }
}
