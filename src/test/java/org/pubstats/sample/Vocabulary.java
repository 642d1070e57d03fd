package org.pubstats.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The channel and category words departments write, kept here (not read from jobs/) so that the
 * expected figures are derived independently of the dictionaries the pipeline loads. Every
 * spelling used here is listed in jobs/channels.csv or jobs/categories.csv, except the ones in
 * {@link #UNKNOWN_CHANNELS} and {@link #UNKNOWN_CATEGORIES}, which the pipeline must count as 其他.
 */
final class Vocabulary {

    static final String WEBSITE = "政府网站";
    /** The canonical channel unknown spellings fall into; it is an "other" channel. */
    static final String OTHER_CHANNEL = "其他";

    /** Canonical channel -> spellings departments use for it. */
    static final Map<String, List<String>> CHANNEL_SPELLINGS = Map.ofEntries(
            Map.entry(WEBSITE, List.of("政府网站", "门户网站", "政府门户网站", "县政府网站", "网站", "官网")),
            Map.entry("政务微信", List.of("政务微信", "微信", "微信公众号", "公众号")),
            Map.entry("政务微博", List.of("政务微博", "微博")),
            Map.entry("政府公报", List.of("政府公报", "公报")),
            Map.entry("广播电视", List.of("广播电视", "电视", "广播")),
            Map.entry("电子屏", List.of("电子屏", "电子显示屏", "LED屏", "大屏")),
            Map.entry("报刊", List.of("报刊", "报纸")),
            Map.entry("公开栏", List.of("公开栏", "公告栏", "公示栏", "宣传栏")),
            Map.entry("新闻发布会", List.of("新闻发布会", "发布会")),
            Map.entry("政务服务大厅", List.of("政务服务大厅", "服务大厅", "便民服务站", "服务站")),
            Map.entry("移动客户端", List.of("移动客户端", "APP", "市民APP", "客户端", "app")),
            Map.entry("智慧城市平台", List.of("智慧城市平台")),
            Map.entry(OTHER_CHANNEL, List.of("其他")));

    /** Spellings no dictionary line knows: the pipeline keeps them as 其他 and reports them. */
    static final List<String> UNKNOWN_CHANNELS = List.of("抖音", "今日头条", "村务微信群");

    /** Other channels with how often a county office uses them (weights). */
    static final List<String> OTHER_CHANNELS_WEIGHTED = List.of(
            "政务微信", "政务微信", "政务微信", "政务微信", "政务微信", "智慧城市平台", "智慧城市平台", "智慧城市平台",
            "公开栏", "公开栏", "公开栏", "电子屏", "电子屏", "移动客户端", "移动客户端", "政务服务大厅",
            "广播电视", "政务微博", "报刊", "政府公报", "新闻发布会", OTHER_CHANNEL);

    /** Category word -> the figure it counts in (null: counts in none, i.e. 其他). */
    static final Map<String, String> FIGURE_OF_LABEL = Map.ofEntries(
            Map.entry("规范性文件", "规范性文件"), Map.entry("政策解读", "政策解读"), Map.entry("解读", "政策解读"),
            Map.entry("试点领域", "试点领域"), Map.entry("试点", "试点领域"),
            Map.entry("重点领域", "重点领域"), Map.entry("财政预决算", "重点领域"), Map.entry("公共资源配置", "重点领域"),
            Map.entry("土地", "重点领域"), Map.entry("矿业权", "重点领域"), Map.entry("保障性住房", "重点领域"),
            Map.entry("政府采购", "重点领域"), Map.entry("工程建设", "重点领域"), Map.entry("国有产权", "重点领域"),
            Map.entry("社会公益事业", "重点领域"), Map.entry("教育", "重点领域"), Map.entry("医疗", "重点领域"),
            Map.entry("社会保障", "重点领域"), Map.entry("重大建设项目", "重点领域"),
            Map.entry("在线调查", "在线调查"), Map.entry("网上调查", "在线调查"), Map.entry("问卷调查", "在线调查"));

    static final List<String> OTHER_CATEGORIES = List.of("其他", "一般", "其它");
    static final List<String> UNKNOWN_CATEGORIES = List.of("工作动态", "通知公告", "人事信息");

    private Vocabulary() {
    }

    static String spell(String canonicalChannel, Random rnd) {
        if (canonicalChannel.equals(OTHER_CHANNEL) && rnd.nextInt(3) > 0) {
            return pick(UNKNOWN_CHANNELS, rnd);
        }
        return pick(CHANNEL_SPELLINGS.get(canonicalChannel), rnd);
    }

    static String figureOf(String label) {
        return FIGURE_OF_LABEL.get(label);
    }

    static <T> T pick(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
