package org.pubstats.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plausible, pairwise distinct titles of what a county unit publishes. Every title handed out is
 * registered by its normalised form (design.md §3), so no two true items collide by accident; the
 * look-alikes are made on purpose elsewhere.
 */
final class TitleFactory {

    private static final String[] TOPICS = {
        "安全生产大检查", "扫黑除恶专项斗争", "森林草原防火", "防汛抗旱", "党风廉政建设", "精准扶贫", "农村人居环境整治",
        "优化营商环境", "食品安全", "消防安全", "干部作风整顿", "“双随机、一公开”监管", "信访维稳", "统计执法检查",
        "“七五”普法宣传", "中央环保督察反馈问题整改", "秸秆禁烧", "冬季供暖保障", "道路交通安全", "校园安全",
        "农民工工资支付", "就业援助月", "全民健身", "文明城市创建", "河长制", "乡村振兴", "民族团结进步",
        "边境管理", "禁毒宣传", "防范和处置非法集资", "产品质量安全", "价格监督检查", "税收宣传月", "政务公开",
        "“互联网+政务服务”", "“最多跑一次”改革", "机构改革", "国土绿化", "野生动物保护", "春耕生产", "秋收生产",
        "黑木耳产业发展", "蓝莓产业发展", "界江旅游", "冰雪旅游", "地质灾害防治", "燃气安全", "特种设备安全",
        "建筑施工安全", "汛期安全", "节能减排", "网络安全", "保密工作", "档案管理", "政府采购内控", "内部审计",
        "国有资产清查", "固定资产投资", "招商引资", "电子商务进农村", "农村集体产权制度改革", "耕地保护",
        "城乡环境卫生", "病媒生物防制", "无偿献血", "爱国卫生运动", "计划免疫", "家庭医生签约服务", "老年人健康管理",
        "妇女儿童权益保护", "关心下一代", "志愿服务", "新时代文明实践", "政风行风评议", "意识形态工作", "法治政府建设",
        "行政执法公示", "“放管服”改革", "减税降费", "社会信用体系建设", "应急演练", "自然灾害救助", "退役军人服务保障",
    };
    private static final String[] ACTIONS = {"开展", "做好", "进一步加强", "深入推进", "切实做好", "全面落实", "组织开展", "扎实推进"};
    private static final String[] MEETINGS = {"工作会议", "推进会", "专题培训", "动员会", "座谈会", "督导检查", "集中宣传活动"};
    private static final String[] NOTICES = {"通知", "实施方案", "工作方案", "情况通报", "工作总结", "公告"};

    static final String[] PILOT_TOPICS = {
        "涉农补贴发放情况", "农村低保对象名单", "特困人员供养名单", "临时救助情况", "农村危房改造补助对象",
        "耕地地力保护补贴发放", "建档立卡贫困户动态调整", "医疗救助情况", "就业困难人员认定结果", "公益性岗位招聘",
        "高龄津贴发放", "残疾人两项补贴发放", "行政许可事项办理结果", "政务服务事项清单", "“马上办、网上办”事项清单",
        "“最多跑一次”事项目录", "权责清单调整情况", "办事指南更新", "村级财务收支", "一事一议项目", "扶贫资金使用情况",
        "城乡规划许可", "养老服务补贴发放", "义务教育招生信息", "公共文化服务活动安排", "安全生产执法检查结果",
        "食品经营许可办理结果", "市政服务事项", "自然灾害救助资金发放", "户籍办理事项",
    };
    static final String[] VILLAGES = {
        "第一村", "第二村", "河西村", "北山村", "旺哈达村", "新街基村", "察哈彦村", "金山村", "鸥浦村", "兴华村",
    };

    private static final String[] CHINESE_MONTHS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};

    private final Random rnd;
    private final Set<String> used = new HashSet<>();

    TitleFactory(Random rnd) {
        this.rnd = rnd;
    }

    /** The normalised title the pipeline compares (design.md §3), used here only to avoid collisions. */
    static String normalise(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        text = text.replaceAll("[“”„‟〝〞\"]", "\"").replaceAll("[‘’']", "'");
        return text.replaceAll("[。.]+$", "");
    }

    /** Registers a title made elsewhere; false if an equal normalised title exists already. */
    boolean claim(String title) {
        return used.add(normalise(title));
    }

    /** A general work item of a unit: notices, meetings, reports. */
    String general(Department dept, LocalDate date) {
        for (int attempt = 0; ; attempt++) {
            String topic = pick(TOPICS);
            String t = switch (rnd.nextInt(6)) {
                case 0 -> dept.name() + "关于" + pick(ACTIONS) + topic + "工作的通知";
                case 1 -> dept.name() + "召开" + topic + pick(MEETINGS);
                case 2 -> dept.name() + date.getYear() + "年" + QUARTERS[(date.getMonthValue() - 1) / 3] + topic + "工作情况";
                case 3 -> dept.name() + topic + pick(NOTICES);
                case 4 -> dept.name() + date.getYear() + "年" + topic + pick(NOTICES);
                default -> dept.name() + "关于印发" + date.getYear() + "年" + topic + "工作要点的通知";
            };
            if (attempt > 40) {
                t = t + "（" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日）";
            }
            if (claim(t)) {
                return t;
            }
        }
    }

    /** A 关于…的通知 title starting with the unit's name, which the index/URL duplicates shorten. */
    String notice(Department dept, LocalDate date) {
        for (int attempt = 0; ; attempt++) {
            String t = dept.name() + "关于" + pick(ACTIONS) + date.getYear() + "年" + pick(TOPICS) + "工作的通知"
                    + (attempt > 40 ? "（" + (attempt - 40) + "）" : "");
            // the shortened forms must be free too, or a duplicate would merge by title with a stranger
            if (!used.contains(normalise(shortForm(dept, t))) && !used.contains(normalise(shorterForm(dept, t)))
                    && claim(t)) {
                claim(shortForm(dept, t));
                claim(shorterForm(dept, t));
                return t;
            }
        }
    }

    /** How another unit re-lists a notice: without the issuing unit's name. */
    static String shortForm(Department owner, String title) {
        return title.startsWith(owner.name()) ? title.substring(owner.name().length()) : "转发" + title;
    }

    /** Shorter still: without 关于 and 的. */
    static String shorterForm(Department owner, String title) {
        return shortForm(owner, title).replaceFirst("^关于", "").replace("工作的通知", "工作通知");
    }

    /** A 试点领域 item: monthly lists and results of the standardisation pilot. */
    String pilot(Department dept, LocalDate date) {
        for (int attempt = 0; ; attempt++) {
            boolean township = dept.kind() == Department.Kind.TOWNSHIP;
            String unit = !township ? dept.name() : rnd.nextInt(3) == 0 ? dept.shortName() + pick(VILLAGES) : dept.shortName();
            String period = date.getYear() + "年" + CHINESE_MONTHS[date.getMonthValue() - 1] + "月";
            String t = unit + period + pick(PILOT_TOPICS) + (rnd.nextBoolean() ? "公示" : "公开")
                    + (attempt > 40 ? "（第" + (attempt - 39) + "批）" : "");
            if (claim(t)) {
                return t;
            }
        }
    }

    /** Any fixed title (budget, procurement …); adds a batch number if it is taken. */
    String fixed(String title) {
        if (claim(title)) {
            return title;
        }
        for (int n = 2; ; n++) {
            String t = title + "（第" + n + "批）";
            if (claim(t)) {
                return t;
            }
        }
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
