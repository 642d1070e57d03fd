package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pubstats.jobsdir.JobsFile;

/** The dictionaries as shipped under jobs/ (tests run with the project root as current folder). */
class DictionaryTest {

    private static final Dictionary CHANNELS = Dictionary.load(Path.of("jobs/channels.csv"));
    private static final Dictionary CATEGORIES = Dictionary.load(Path.of("jobs/categories.csv"));

    /** Every channel value design.md §2.3 names, as value → canonical. */
    @ParameterizedTest(name = "channel {0} → {1}")
    @CsvSource({
            "政府网站,政府网站", "门户网站,政府网站", "政府门户网站,政府网站", "县政府网站,政府网站", "网站,政府网站", "官网,政府网站",
            "政务微信,政务微信", "微信,政务微信", "微信公众号,政务微信", "公众号,政务微信",
            "政务微博,政务微博", "微博,政务微博",
            "政府公报,政府公报", "公报,政府公报",
            "广播电视,广播电视", "电视,广播电视", "广播,广播电视",
            "电子屏,电子屏", "电子显示屏,电子屏", "LED屏,电子屏", "大屏,电子屏",
            "报刊,报刊", "报纸,报刊",
            "公开栏,公开栏", "公告栏,公开栏", "公示栏,公开栏", "宣传栏,公开栏",
            "新闻发布会,新闻发布会", "发布会,新闻发布会",
            "政务服务大厅,政务服务大厅", "服务大厅,政务服务大厅", "便民服务站,政务服务大厅", "服务站,政务服务大厅",
            "移动客户端,移动客户端", "APP,移动客户端", "市民APP,移动客户端", "客户端,移动客户端",
            "智慧城市平台,智慧城市平台", "其他,其他",
    })
    void channel(String value, String canonical) {
        assertThat(CHANNELS.lookup(value)).hasValueSatisfying(values -> assertThat(values).containsExactly(canonical));
    }

    @ParameterizedTest(name = "channel [{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
            "ＡＰＰ|移动客户端", "app|移动客户端", "App|移动客户端", "市民app|移动客户端", "市民ＡＰＰ|移动客户端",
            "led屏|电子屏", "ＬＥＤ屏|电子屏", "LED 屏|电子屏", "' 微信公众号 '|政务微信", "微信\u3000公众号|政务微信",
            "\u00A0政府网站\u00A0|政府网站",
    })
    void channelIgnoresCaseWhiteSpaceAndFullWidth(String value, String canonical) {
        assertThat(CHANNELS.lookup(value)).hasValueSatisfying(values -> assertThat(values).containsExactly(canonical));
    }

    /** Every category value design.md §2.3 names: value → canonical, then its parents. */
    @ParameterizedTest(name = "category {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "规范性文件|规范性文件",
            "政策解读|政策解读", "解读|政策解读",
            "试点领域|试点领域", "试点|试点领域",
            "重点领域|重点领域",
            "财政预决算|财政预决算,重点领域",
            "公共资源配置|公共资源配置,重点领域",
            "土地|公共资源配置,重点领域", "矿业权|公共资源配置,重点领域", "保障性住房|公共资源配置,重点领域",
            "政府采购|公共资源配置,重点领域", "工程建设|公共资源配置,重点领域", "国有产权|公共资源配置,重点领域",
            "社会公益事业|社会公益事业,重点领域",
            "教育|社会公益事业,重点领域", "医疗|社会公益事业,重点领域", "社会保障|社会公益事业,重点领域",
            "重大建设项目|重大建设项目,重点领域",
            "在线调查|在线调查", "网上调查|在线调查", "问卷调查|在线调查",
            "其他|其他", "一般|其他", "其它|其他",
    })
    void category(String value, String expected) {
        assertThat(CATEGORIES.lookup(value))
                .hasValueSatisfying(values -> assertThat(values).containsExactly(expected.split(",")));
    }

    @ParameterizedTest(name = "unknown channel [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "抖音", "微信群", "短信", "政务网", "网", "电子", "value", "channel", "#"})
    void unknownChannelIsEmpty(String value) {
        assertThat(CHANNELS.lookup(value)).isEmpty();
    }

    @ParameterizedTest(name = "unknown category [{0}]")
    @ValueSource(strings = {"人事信息", "领域", "文件", "政府网站", "微信", "category", "parent"})
    void unknownCategoryIsEmpty(String value) {
        assertThat(CATEGORIES.lookup(value)).isEmpty();
    }

    @Test
    void channelsAreOnlySpecChannels() {
        assertThat(CHANNELS.lookup("土地")).isEmpty();
        assertThat(CHANNELS.lookup("规范性文件")).isEmpty();
    }

    @Test
    void commentsHeaderQuotesAndDuplicatesInAnEditedFile() {
        Dictionary dictionary = Dictionary.parse(JobsFile.parse("jobs/channels.csv", String.join("\n",
                "# comment, with a comma",
                "value,channel",
                "",
                "\"抖音\",\"短视频\"",
                " 快手 , 短视频 ",
                "抖音,政务微博",
                "incomplete",
                "空目标,",
                "乡镇,区县,地方",
                "区县,区县,",
                "地方,地方,区县")));
        assertThat(dictionary.lookup("抖音")).contains(Set.of("短视频"));
        assertThat(dictionary.lookup("快手")).contains(Set.of("短视频"));
        assertThat(dictionary.lookup("短视频")).contains(Set.of("短视频"));
        assertThat(dictionary.lookup("incomplete")).isEmpty();
        assertThat(dictionary.lookup("空目标")).isEmpty();
        assertThat(dictionary.lookup("value")).isEmpty();
        // parents that loop back stop instead of running forever
        assertThat(dictionary.lookup("乡镇")).hasValueSatisfying(v -> assertThat(v).containsExactly("区县", "地方"));
    }

    @Test
    void readsAFileSavedWithBomOrAsGbk(@TempDir Path dir) throws IOException {
        String content = "value,channel\r\n抖音,短视频\r\n";
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + content, StandardCharsets.UTF_8);
        Path gbk = dir.resolve("gbk.csv");
        Files.writeString(gbk, content, Charset.forName("GBK"));

        for (Path file : List.of(bom, gbk)) {
            Dictionary dictionary = Dictionary.load(file);
            assertThat(dictionary.lookup("抖音")).as(file.toString()).contains(Set.of("短视频"));
            assertThat(dictionary.lookup("value")).as(file.toString()).isEmpty();
        }
    }
}
