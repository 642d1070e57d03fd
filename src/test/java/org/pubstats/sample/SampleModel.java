package org.pubstats.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.pubstats.sample.SampleItemRow.Role;

/**
 * The truth behind the sample inbox: the items 呼玛县 really published, and every row that reports
 * them, built from a fixed seed. The writers only lay these rows out; the expected figures are
 * derived from here ({@link ExpectedFigures}).
 *
 * <p>For 2018 the county row is 政府网站 4419 / 通过其他方式公开 1830: 2739 items only on the website,
 * 1680 on the website and another channel, 150 only elsewhere (4569 distinct items).
 */
public final class SampleModel {

    public static final long SEED = 20180101L;
    public static final int YEAR = 2018;

    static final int WEB_ONLY = 2739;
    static final int WEB_AND_OTHER = 1680;
    static final int OTHER_ONLY = 150;

    private final List<DeptProfile> profiles;
    private final List<TrueItem> items;
    private final List<SampleItemRow> rows;
    private final List<SampleRequestRow> requests;
    private final Map<String, Integer> lookAlikes;
    private final List<LookAlikePair> lookAlikePairs;

    /** Two distinct true items made to look alike on purpose: the review list must show them (design.md §5). */
    public record LookAlikePair(int itemA, int itemB, String kind) {
    }

    private SampleModel(List<DeptProfile> profiles, List<TrueItem> items, List<SampleItemRow> rows,
                        List<SampleRequestRow> requests, Map<String, Integer> lookAlikes,
                        List<LookAlikePair> lookAlikePairs) {
        this.profiles = List.copyOf(profiles);
        this.items = List.copyOf(items);
        this.rows = List.copyOf(rows);
        this.requests = List.copyOf(requests);
        this.lookAlikes = Collections.unmodifiableMap(new LinkedHashMap<>(lookAlikes));
        this.lookAlikePairs = List.copyOf(lookAlikePairs);
    }

    public static SampleModel build() {
        return new Builder(new Random(SEED)).build();
    }

    public List<DeptProfile> profiles() {
        return profiles;
    }

    public DeptProfile profile(Department dept) {
        return profiles.stream().filter(p -> p.dept().equals(dept)).findFirst().orElseThrow();
    }

    public List<TrueItem> items() {
        return items;
    }

    public TrueItem item(int id) {
        return items.get(id);
    }

    public List<SampleItemRow> rows() {
        return rows;
    }

    public List<SampleRequestRow> requests() {
        return requests;
    }

    /** Pairs of distinct items made to look alike, by kind. */
    public Map<String, Integer> lookAlikes() {
        return lookAlikes;
    }

    /** The same pairs one by one, by true item. */
    public List<LookAlikePair> lookAlikePairs() {
        return lookAlikePairs;
    }

    /** Builds the model; all randomness comes from one seeded generator, consumed in a fixed order. */
    private static final class Builder {

        private static final Set<String> WEB_SAVVY = Set.of(Departments.GOVERNMENT_OFFICE, "呼玛县财政局",
                "呼玛县自然资源局", "呼玛县政务服务中心", "呼玛县发展和改革局", "呼玛县教育局", "呼玛县卫生健康局",
                "呼玛县公共资源交易中心", "呼玛县住房和城乡建设局", "呼玛县人力资源和社会保障局");

        private final Random rnd;
        private final TitleFactory titles;
        private final Map<Department, DeptProfile> profiles = new LinkedHashMap<>();
        private final List<MItem> items = new ArrayList<>();
        private final List<MRow> rows = new ArrayList<>();
        private final Map<String, Integer> lookAlikes = new LinkedHashMap<>();
        private final List<LookAlikePair> lookAlikePairs = new ArrayList<>();
        private final Map<Department, Integer> indexSeq = new LinkedHashMap<>();
        private final Set<Integer> special = new HashSet<>();
        private int urlSeq = 10000;

        Builder(Random rnd) {
            this.rnd = rnd;
            this.titles = new TitleFactory(rnd);
        }

        SampleModel build() {
            chooseProfiles();
            int first2018 = items.size();
            makeNormsAndInterpretations();
            makeSurveys();
            makeKeyAreaItems();
            makePilotItems();
            List<MItem> byIndex = makeStructuredNotices();
            makeLookAlikes();
            int target = WEB_ONLY + WEB_AND_OTHER + OTHER_ONLY;
            fillGeneral(target - (items.size() - first2018));
            assignChannels(items.subList(first2018, items.size()), true);
            int firstOutOfYear = items.size();
            makeOutOfYearItems();
            assignChannels(items.subList(firstOutOfYear, items.size()), false);
            for (MItem item : items) {
                primaryRow(item);
            }
            reportByIndexUrlAndChains(byIndex);
            summaryRows();
            townshipReposts();
            coReports();
            pastedTwice();
            cumulativeRepeats();
            rejectedRows();
            return new SampleModel(new ArrayList<>(profiles.values()),
                    items.stream().map(MItem::freeze).toList(),
                    rows.stream().map(MRow::freeze).toList(), requests(), lookAlikes, lookAlikePairs);
        }

        // ---------------------------------------------------------------- departments

        private void chooseProfiles() {
            List<FileFormat> csvFlavours = List.of(
                    FileFormat.csv(FileFormat.UTF8, true, ',', false, "\r\n"),
                    FileFormat.csv(FileFormat.UTF8, false, ',', true, "\n"),
                    FileFormat.csv(FileFormat.GB18030, false, ',', false, "\r\n"),
                    FileFormat.csv(FileFormat.UTF8, true, '\t', false, "\r\n"),
                    FileFormat.csv(FileFormat.GB18030, false, ';', false, "\r\n"),
                    FileFormat.csv(FileFormat.UTF8, false, ';', true, "\r\n"));
            List<FileFormat> txtFlavours = List.of(FileFormat.txt(FileFormat.UTF8, "\r\n"),
                    FileFormat.txt(FileFormat.GB18030, "\r\n"));
            Map<String, DeptProfile> fixed = new LinkedHashMap<>();
            fixedProfile(fixed, Departments.GOVERNMENT_OFFICE, DeptProfile.Scheme.QUARTER_SHEETS, FileFormat.xlsx());
            fixedProfile(fixed, "呼玛县财政局", DeptProfile.Scheme.SINGLE, FileFormat.xlsx());
            fixedProfile(fixed, "呼玛县自然资源局", DeptProfile.Scheme.HALVES, FileFormat.xls(), FileFormat.xlsx());
            fixedProfile(fixed, "呼玛县政务服务中心", DeptProfile.Scheme.MONTHLY, FileFormat.xlsx());
            fixedProfile(fixed, "呼玛县教育局", DeptProfile.Scheme.CUMULATIVE, FileFormat.xlsx(), FileFormat.xls());
            fixedProfile(fixed, "呼玛县卫生健康局", DeptProfile.Scheme.SINGLE, csvFlavours.get(2));
            fixedProfile(fixed, "呼玛县公共资源交易中心", DeptProfile.Scheme.QUARTER_SHEETS, FileFormat.xlsx());
            fixedProfile(fixed, "呼玛县发展和改革局", DeptProfile.Scheme.SINGLE, FileFormat.xls());
            fixedProfile(fixed, "呼玛县住房和城乡建设局", DeptProfile.Scheme.HALVES, csvFlavours.get(0));
            fixedProfile(fixed, "呼玛县人力资源和社会保障局", DeptProfile.Scheme.SINGLE, csvFlavours.get(5));
            for (Department d : Departments.all()) {
                DeptProfile p = fixed.get(d.name());
                if (p == null) {
                    p = randomProfile(d, csvFlavours, txtFlavours);
                }
                profiles.put(d, p);
            }
        }

        private void fixedProfile(Map<String, DeptProfile> fixed, String name, DeptProfile.Scheme scheme,
                                  FileFormat... formats) {
            Columns c = Columns.full();
            if (name.equals("呼玛县卫生健康局") || name.equals("呼玛县人力资源和社会保障局")) {
                c = new Columns(false, true, true, true, true, true, false);
            }
            fixed.put(name, new DeptProfile(Departments.named(name), c, scheme, List.of(formats)));
        }

        private DeptProfile randomProfile(Department d, List<FileFormat> csv, List<FileFormat> txt) {
            boolean township = d.kind() != Department.Kind.COUNTY_DEPARTMENT;
            boolean mustCategorise = d.name().equals("呼玛县民政局") || d.name().equals("呼玛县营商环境建设监督局");
            Columns c = new Columns(chance(70), township || mustCategorise || chance(88),
                    township || mustCategorise || chance(80), chance(35), chance(12), chance(12), false);
            int f = rnd.nextInt(100);
            FileFormat format = f < 45 ? FileFormat.xlsx() : f < 62 ? FileFormat.xls()
                    : f < 90 ? csv.get(rnd.nextInt(csv.size())) : txt.get(rnd.nextInt(txt.size()));
            if (d.name().equals("兴隆办事处")) {
                return new DeptProfile(d, c, DeptProfile.Scheme.MONTHLY, List.of(csv.get(3)));
            }
            int s = rnd.nextInt(100);
            DeptProfile.Scheme scheme = s < 72 ? DeptProfile.Scheme.SINGLE
                    : s < 88 ? DeptProfile.Scheme.HALVES : DeptProfile.Scheme.QUARTER_SHEETS;
            if (scheme == DeptProfile.Scheme.QUARTER_SHEETS) {
                format = FileFormat.xlsx();
            }
            List<FileFormat> formats = scheme == DeptProfile.Scheme.HALVES && chance(30)
                    ? List.of(format, FileFormat.xlsx()) : List.of(format);
            return new DeptProfile(d, c, scheme, formats);
        }

        private Columns cols(Department d) {
            return profiles.get(d).columns();
        }

        private List<Department> depts(Predicate<DeptProfile> filter) {
            return profiles.values().stream().filter(filter).map(DeptProfile::dept).toList();
        }

        // ---------------------------------------------------------------- items of 2018

        private void makeNormsAndInterpretations() {
            String[] subjects = {"政府信息公开保密审查办法", "政务公开工作考核办法", "城乡居民最低生活保障实施细则",
                "农村集体资产管理办法", "县级储备粮管理办法", "政府投资项目管理办法", "行政事业单位国有资产管理办法",
                "行政执法公示办法", "重大行政决策程序规定", "政府购买服务管理办法", "城区供热管理办法",
                "森林草原防火管理规定", "河道采砂管理办法", "农村宅基地管理办法", "殡葬管理办法",
                "城市道路挖掘管理办法", "户外广告设置管理办法"};
            String[][] issuers = {
                {Departments.GOVERNMENT_OFFICE, "呼政规"}, {"呼玛县财政局", "呼财规"}, {"呼玛县教育局", "呼教规"},
                {"呼玛县自然资源局", "呼自然资规"}, {"呼玛县卫生健康局", "呼卫健规"}};
            int[] perIssuer = {12, 2, 1, 1, 1};
            int s = 0;
            for (int i = 0; i < issuers.length; i++) {
                Department owner = Departments.named(issuers[i][0]);
                for (int k = 1; k <= perIssuer[i]; k++, s++) {
                    LocalDate date = workday(LocalDate.of(YEAR, 3, 1).plusDays(rnd.nextInt(250)));
                    String name = "《呼玛县" + subjects[s] + "》";
                    String issuer = i == 0 ? "呼玛县人民政府" : owner.name();
                    MItem norm = item(owner, titles.fixed(issuer + "关于印发" + name + "的通知"), date, "norm");
                    norm.docNo = issuers[i][1] + "〔" + YEAR + "〕" + k + "号";
                    norm.labels = List.of("规范性文件");
                    norm.channelClass = 1;
                    norm.channels.add(i == 0 ? "政府公报" : "政务微信");
                    MItem reading = item(owner, titles.fixed(chance(50) ? name + "政策解读" : "关于" + name + "的解读"),
                            date.plusDays(rnd.nextInt(3)), "interpretation");
                    reading.labels = List.of(chance(60) ? "政策解读" : "解读");
                }
            }
        }

        private void makeSurveys() {
            MItem a = item(Departments.named(Departments.GOVERNMENT_OFFICE),
                    titles.fixed("呼玛县2018年政务公开工作满意度问卷调查"), LocalDate.of(YEAR, 10, 15), "survey");
            a.labels = List.of("问卷调查");
            a.channelClass = 1;
            a.channels.add("政务微信");
            MItem b = item(Departments.named("呼玛县营商环境建设监督局"),
                    titles.fixed("呼玛县优化营商环境企业满意度网上调查"), LocalDate.of(YEAR, 6, 12), "survey");
            b.labels = List.of("网上调查");
            b.channelClass = 1;
            b.channels.add("智慧城市平台");
        }

        private void makeKeyAreaItems() {
            List<MItem> key = new ArrayList<>();
            // 财政预决算: 28 departmental budgets, 10 final accounts, the county's own two
            List<Department> categorised = depts(p -> p.columns().category()
                    && p.dept().kind() == Department.Kind.COUNTY_DEPARTMENT);
            List<Department> shuffled = new ArrayList<>(categorised);
            Collections.shuffle(shuffled, rnd);
            for (int i = 0; i < 38; i++) {
                Department d = shuffled.get(i % shuffled.size());
                boolean budget = i < 28;
                String t = budget ? d.name() + YEAR + "年部门预算公开" : d.name() + (YEAR - 1) + "年部门决算公开";
                LocalDate date = budget ? workday(LocalDate.of(YEAR, 2, 20).plusDays(rnd.nextInt(30)))
                        : workday(LocalDate.of(YEAR, 8, 10).plusDays(rnd.nextInt(40)));
                key.add(keyItem(d, titles.fixed(t), date, chance(70) ? "财政预决算" : "重点领域、财政预决算"));
            }
            Department finance = Departments.named("呼玛县财政局");
            key.add(keyItem(finance, titles.fixed("呼玛县" + YEAR + "年县本级预算及" + (YEAR - 1) + "年预算执行情况公开"),
                    LocalDate.of(YEAR, 2, 9), "财政预决算"));
            key.add(keyItem(finance, titles.fixed("呼玛县" + (YEAR - 1) + "年县本级决算公开"),
                    LocalDate.of(YEAR, 9, 4), "财政预决算"));
            // 公共资源配置
            String[] projects = {"呼玛镇河西村道路硬化", "韩家园镇供水管网改造", "呼玛县第一中学教学楼维修改造",
                "呼玛县人民医院门诊楼改造", "三卡乡村级活动场所建设", "金山乡防火隔离带建设", "北疆乡农田水利",
                "鸥浦乡边境村屯亮化", "兴华乡人居环境整治", "白银纳乡民族文化广场", "呼玛县城区集中供热管网",
                "呼玛县污水处理厂提标改造", "呼玛县农村公路养护", "呼玛县老旧小区改造", "呼玛县垃圾填埋场改造",
                "呼玛县森林消防营房", "呼玛县政务服务大厅改造", "呼玛县公共卫生间建设", "呼玛县滨江公园维修",
                "呼玛县中医医院设备购置"};
            String[] notices = {"招标公告", "中标结果公示", "竞争性磋商公告", "成交结果公告"};
            Department exchange = Departments.named("呼玛县公共资源交易中心");
            for (int i = 0; i < 40; i++) {
                String project = projects[i % projects.length];
                String notice = notices[(i / projects.length) * 2 + rnd.nextInt(2)];
                key.add(keyItem(exchange, titles.fixed(project + "项目" + notice), randomDate(YEAR),
                        Vocabulary.pick(List.of("政府采购", "工程建设", "公共资源配置"), rnd)));
            }
            Department land = Departments.named("呼玛县自然资源局");
            String[] parcels = {"呼玛镇迎宾路东侧", "呼玛镇长征路北侧", "韩家园镇站前街", "呼玛镇滨江路西段", "三卡乡政府南侧"};
            for (int i = 0; i < 20; i++) {
                String t = i < 14 ? "呼玛县" + parcels[i % parcels.length] + "地块国有建设用地使用权挂牌出让公告"
                        : "呼玛县" + (i - 13) + "号砂石矿采矿权出让公告";
                key.add(keyItem(land, titles.fixed(t), randomDate(YEAR), i < 14 ? "土地" : "矿业权"));
            }
            Department housing = Departments.named("呼玛县住房和城乡建设局");
            for (int i = 1; i <= 10; i++) {
                key.add(keyItem(housing, titles.fixed("呼玛县" + YEAR + "年第" + i + "批公共租赁住房分配结果公示"),
                        randomDate(YEAR), "保障性住房"));
            }
            String[] goods = {"办公设备", "森林防火物资", "教学设备", "医疗设备", "公务用车", "图书", "防汛物资",
                "网络设备", "取暖用煤", "环卫车辆"};
            for (String g : goods) {
                key.add(keyItem(finance, titles.fixed("呼玛县政府采购" + g + "项目采购结果公告"), randomDate(YEAR), "政府采购"));
            }
            String[][] welfare = {
                {"呼玛县教育局", "教育", "12"}, {"呼玛县卫生健康局", "医疗", "12"},
                {"呼玛县人力资源和社会保障局", "社会保障", "8"}, {"呼玛县民政局", "社会公益事业", "8"}};
            String[][] welfareTopics = {
                {"义务教育阶段招生工作", "学生资助政策落实情况", "中小学校舍安全排查", "营养改善计划实施情况"},
                {"家庭医生签约服务进展", "基本公共卫生服务项目实施情况", "健康扶贫工作", "医疗机构监督检查结果"},
                {"城乡居民基本养老保险待遇调整", "失业保险金发放", "工伤保险待遇核定"},
                {"城乡低保标准调整", "特困人员救助供养", "临时救助资金发放"}};
            for (int w = 0; w < welfare.length; w++) {
                Department d = Departments.named(welfare[w][0]);
                for (int i = 0; i < Integer.parseInt(welfare[w][2]); i++) {
                    LocalDate date = randomDate(YEAR);
                    String topic = welfareTopics[w][i % welfareTopics[w].length];
                    key.add(keyItem(d, titles.fixed(d.name() + date.getYear() + "年" + quarter(date) + topic + "公开"),
                            date, welfare[w][1]));
                }
            }
            Department reform = Departments.named("呼玛县发展和改革局");
            String[] big = {"呼玛至韩家园公路改扩建", "呼玛县城区供水工程", "呼玛县生活垃圾处理", "呼玛县光伏扶贫电站",
                "呼玛县中俄界江旅游基础设施"};
            for (int i = 0; i < 10; i++) {
                String stage = i < 5 ? "项目批准结果公开" : "项目实施情况公开";
                key.add(keyItem(reform, titles.fixed(big[i % big.length] + stage), randomDate(YEAR), "重大建设项目"));
            }
            if (key.size() != 170) {
                throw new IllegalStateException("重点领域 items: " + key.size());
            }
            // ten of them are also shown in the pilot column
            Collections.shuffle(key, rnd);
            for (MItem m : key.subList(0, 10)) {
                List<String> labels = new ArrayList<>(m.labels);
                labels.add(0, chance(50) ? "试点领域" : "试点");
                m.labels = labels;
            }
        }

        private MItem keyItem(Department owner, String title, LocalDate date, String labels) {
            MItem m = item(owner, title, date, "key");
            m.labels = List.of(labels.split("、"));
            return m;
        }

        private void makePilotItems() {
            int pilots = 1002 - 10;
            List<Department> townships = depts(p -> p.dept().kind() == Department.Kind.TOWNSHIP
                    || p.dept().kind() == Department.Kind.SUBDISTRICT_OFFICE);
            Department centre = Departments.named("呼玛县政务服务中心");
            List<Department> county = depts(p -> p.columns().category()
                    && p.dept().kind() == Department.Kind.COUNTY_DEPARTMENT && p.dept() != centre);
            for (int i = 0; i < pilots; i++) {
                Department d = i < 558 ? townships.get(i % townships.size()) : i < 718 ? centre
                        : weighted(county);
                LocalDate date = randomDate(YEAR);
                MItem m = item(d, titles.pilot(d, date), date, "pilot");
                m.labels = List.of(chance(55) ? "试点领域" : "试点");
            }
        }

        /**
         * Notices re-listed by another office under a shorter title: 20 joined by index number only,
         * 20 by URL only, 6 four-row chains, and one December notice re-posted in January 2019.
         */
        private List<MItem> makeStructuredNotices() {
            List<Department> indexed = depts(p -> p.columns().indexNo() && p.columns().url() && p.columns().channel());
            List<MItem> made = new ArrayList<>();
            for (int i = 0; i < 47; i++) {
                Department owner = indexed.get(rnd.nextInt(indexed.size()));
                LocalDate date = i == 46 ? LocalDate.of(YEAR, 12, 27) : randomDate(YEAR).withDayOfMonth(10);
                MItem m = item(owner, titles.notice(owner, date), date, i < 20 ? "index" : i < 40 ? "url"
                        : i < 46 ? "chain" : "url-2019");
                m.labels = List.of(Vocabulary.pick(Vocabulary.OTHER_CATEGORIES, rnd));
                special.add(m.id);
                made.add(m);
            }
            return made;
        }

        private void makeLookAlikes() {
            List<Department> plain = depts(p -> p.columns().channel() && !WEB_SAVVY.contains(p.dept().name())
                    && p.scheme() != DeptProfile.Scheme.CUMULATIVE);
            for (int i = 0; i < 8; i++) {
                Department d = plain.get(rnd.nextInt(plain.size()));
                LocalDate date = randomDate(YEAR).withMonth(1 + rnd.nextInt(10));
                String t = d.name() + "关于召开" + Vocabulary.pick(List.of("安全生产", "森林防火", "防汛", "党建", "扶贫"), rnd)
                        + "工作例会的通知" + (i > 4 ? "（" + i + "）" : "");
                String title = titles.fixed(t);
                MItem a = item(d, title, date, "look-alike: same title, other date");
                MItem b = item(d, title, workday(date.plusDays(14 + rnd.nextInt(20))), "look-alike: same title, other date");
                lookAlike(a, b, "same title, different publish dates");
            }
            lookAlikes.put("same title, different publish dates", 8);
            List<Department> numbered = depts(p -> p.columns().docNo() && p.columns().channel()
                    && p.scheme() != DeptProfile.Scheme.CUMULATIVE);
            for (int i = 0; i < 6; i++) {
                Department d = numbered.get(rnd.nextInt(numbered.size()));
                LocalDate date = randomDate(YEAR);
                String title = titles.fixed(d.name() + "关于转发《关于做好" + YEAR + "年"
                        + Vocabulary.pick(List.of("春季森林防火", "安全生产月", "汛期安全", "冬季供暖", "秋季防火"), rnd)
                        + "工作的通知》的通知");
                String prefix = "呼" + d.code().toUpperCase(java.util.Locale.ROOT).charAt(0) + "发";
                int n = 3 + rnd.nextInt(40);
                MItem a = item(d, title, date, "look-alike: same title and date, other document number");
                a.docNo = prefix + "〔" + YEAR + "〕" + n + "号";
                MItem b = item(d, title, date, "look-alike: same title and date, other document number");
                b.docNo = prefix + "〔" + YEAR + "〕" + (n + 1) + "号";
                lookAlike(a, b, "same title and date, different document numbers");
            }
            lookAlikes.put("same title and date, different document numbers", 6);
            String[] lists = {"农机购置补贴对象", "公益性岗位拟聘人员", "创业担保贷款对象", "农村低保新增对象",
                "危房改造补助对象", "耕地地力保护补贴对象", "易地扶贫搬迁对象", "森林管护员拟聘人员"};
            for (int i = 0; i < 8; i++) {
                Department d = plain.get(rnd.nextInt(plain.size()));
                LocalDate date = randomDate(YEAR);
                String a = titles.fixed(d.name() + YEAR + "年第一批" + lists[i] + "名单公示");
                String b = titles.fixed(d.name() + YEAR + "年第二批" + lists[i] + "名单公示");
                lookAlike(item(d, a, date, "look-alike: one character apart, same date"),
                        item(d, b, date, "look-alike: one character apart, same date"), "titles one character apart, same date");
            }
            lookAlikes.put("titles one character apart, same date (probable duplicates for review)", 8);
        }

        private void lookAlike(MItem a, MItem b, String kind) {
            special.add(a.id);
            special.add(b.id);
            lookAlikePairs.add(new LookAlikePair(a.id, b.id, kind));
        }

        private void fillGeneral(int count) {
            List<Department> all = Departments.all();
            for (int i = 0; i < count; i++) {
                Department d = weighted(all);
                LocalDate date = randomDate(YEAR);
                MItem m = item(d, titles.general(d, date), date, "general");
                m.labels = generalLabels(d);
            }
        }

        private List<String> generalLabels(Department d) {
            if (!cols(d).category()) {
                return List.of();
            }
            int r = rnd.nextInt(100);
            return r < 35 ? List.of() : r < 88 ? List.of(Vocabulary.pick(Vocabulary.OTHER_CATEGORIES, rnd))
                    : List.of(Vocabulary.pick(Vocabulary.UNKNOWN_CATEGORIES, rnd));
        }

        /**
         * Gives each item its channels. For 2018 the three classes are dealt out exactly; an item
         * of a department whose template has no channel column can only be on the website.
         */
        private void assignChannels(List<MItem> list, boolean exact) {
            int[] left = {WEB_ONLY, WEB_AND_OTHER, OTHER_ONLY};
            List<MItem> open = new ArrayList<>();
            for (MItem m : list) {
                if (m.channelClass >= 0) {
                    left[m.channelClass]--;
                } else if (!cols(m.owner).channel()) {
                    m.channelClass = 0;
                    left[0]--;
                } else {
                    open.add(m);
                }
            }
            List<Integer> deck = new ArrayList<>();
            if (exact) {
                for (int c = 0; c < 3; c++) {
                    if (left[c] < 0) {
                        throw new IllegalStateException("channel class " + c + " over-committed");
                    }
                    deck.addAll(Collections.nCopies(left[c], c));
                }
            } else {
                for (int i = 0; i < open.size(); i++) {
                    int r = rnd.nextInt(100);
                    deck.add(r < 60 ? 0 : r < 97 ? 1 : 2);
                }
            }
            Collections.shuffle(deck, rnd);
            for (int i = 0; i < open.size(); i++) {
                open.get(i).channelClass = deck.get(i);
            }
            for (MItem m : list) {
                if (m.channelClass != 2) {
                    m.channels.add(0, Vocabulary.WEBSITE);
                }
                if (m.channelClass != 0 && m.channels.size() < (m.channelClass == 1 ? 2 : 1)) {
                    int extra = 1 + (chance(25) ? 1 : 0);
                    while (m.channels.stream().filter(c -> !c.equals(Vocabulary.WEBSITE)).count() < extra) {
                        String c = Vocabulary.pick(Vocabulary.OTHER_CHANNELS_WEIGHTED, rnd);
                        if (!m.channels.contains(c)) {
                            m.channels.add(c);
                        }
                    }
                }
            }
        }

        // ---------------------------------------------------------------- other years

        private void makeOutOfYearItems() {
            Department transport = Departments.named("呼玛县交通运输局");
            for (int i = 0; i < 40; i++) {
                LocalDate date = workday(LocalDate.of(YEAR - 1, 7, 1).plusDays(rnd.nextInt(180)));
                MItem m = item(transport, titles.general(transport, date), date, "2017, in a file of 2017");
                m.labels = generalLabels(transport);
            }
            List<Department> all = Departments.all();
            for (int i = 0; i < 60; i++) {
                Department d = weighted(all);
                LocalDate date = workday(LocalDate.of(YEAR - 1, 12, 18).plusDays(rnd.nextInt(13)));
                MItem m = item(d, titles.general(d, date), date, "2017, sent late");
                m.labels = generalLabels(d);
            }
            for (int i = 0; i < 45; i++) {
                Department d = weighted(all);
                LocalDate date = workday(LocalDate.of(YEAR + 1, 1, 2).plusDays(rnd.nextInt(20)));
                MItem m = item(d, titles.general(d, date), date, "2019, in a 2018 file");
                m.labels = generalLabels(d);
            }
            List<Department> indexed = depts(p -> p.columns().indexNo() && p.columns().channel());
            for (int i = 0; i < 2; i++) {
                Department owner = indexed.get(rnd.nextInt(indexed.size()));
                LocalDate date = LocalDate.of(YEAR - 1, 12, 26 + i);
                MItem m = item(owner, titles.notice(owner, date), date, "2017, re-posted in January 2018 (index number)");
                m.labels = List.of();
                special.add(m.id);
            }
        }

        // ---------------------------------------------------------------- rows

        private void primaryRow(MItem item) {
            MRow r = row(item, item.owner, Role.PRIMARY);
            r.title = item.title;
            r.docNo = item.docNo;
            Columns c = cols(item.owner);
            boolean structured = special.contains(item.id) && !item.note.startsWith("look-alike");
            r.indexNo = c.indexNo() && (structured || chance(85)) ? item.indexNo : null;
            r.url = c.url() && !item.note.equals("index") && !item.note.equals("chain")
                    && !item.note.startsWith("2017, re-posted") && (structured || chance(85)) ? item.url : null;
            r.channels = new LinkedHashSet<>(item.channels);
            r.labels = item.labels;
            if (!c.channel() || (r.channels.equals(Set.of(Vocabulary.WEBSITE)) && chance(25))) {
                r.channels.clear(); // empty cell: the default 政府网站 applies
            }
            if (!c.category()) {
                r.labels = List.of();
            }
            if (!c.docNo()) {
                r.docNo = null;
            }
        }

        private void reportByIndexUrlAndChains(List<MItem> structured) {
            List<Department> indexed = depts(p -> p.columns().indexNo() && p.columns().channel());
            List<Department> linked = depts(p -> p.columns().url() && p.columns().channel());
            List<Department> any = depts(p -> p.columns().channel() && p.scheme() != DeptProfile.Scheme.CUMULATIVE);
            List<MItem> all = new ArrayList<>(structured);
            items.stream().filter(m -> m.note.startsWith("2017, re-posted")).forEach(all::add);
            for (MItem m : all) {
                boolean byIndex = m.note.equals("index") || m.note.startsWith("2017, re-posted");
                if (byIndex) {
                    MRow r = repost(m, other(indexed, m.owner), Role.SAME_INDEX,
                            TitleFactory.shortForm(m.owner, m.title), m.note.startsWith("2017") ? 8 : rnd.nextInt(4));
                    r.indexNo = Variants.indexNo(m.indexNo, rnd);
                } else if (m.note.startsWith("url")) {
                    MRow r = repost(m, other(linked, m.owner), Role.SAME_URL,
                            TitleFactory.shortForm(m.owner, m.title), m.note.equals("url-2019") ? 8 : rnd.nextInt(4));
                    r.url = Variants.url(m.url, rnd);
                } else {
                    Department b = other(depts(p -> p.columns().indexNo() && p.columns().url() && p.columns().channel()),
                            m.owner);
                    MRow rb = repost(m, b, Role.CHAIN_B, TitleFactory.shortForm(m.owner, m.title), 0);
                    rb.indexNo = Variants.indexNo(m.indexNo, rnd);
                    rb.url = m.url;
                    Department c = linked.get(rnd.nextInt(linked.size()));
                    while (c == m.owner || c == b) {
                        c = linked.get(rnd.nextInt(linked.size()));
                    }
                    MRow rc = repost(m, c, Role.CHAIN_C, TitleFactory.shorterForm(m.owner, m.title), 0);
                    rc.url = Variants.url(m.url, rnd);
                    Department d = any.get(rnd.nextInt(any.size()));
                    MRow rd = repost(m, d, Role.CHAIN_D, Variants.title(TitleFactory.shorterForm(m.owner, m.title), rnd,
                            profiles.get(d).allowsLineBreaks(), profiles.get(d).formats().stream()
                                    .allMatch(FileFormat::allowsDoubleQuotes)), 0);
                    rd.indexNo = null;
                    rd.url = null;
                }
            }
        }

        /** A re-listing by another office: its own index number and URL, if it shows any, never the item's. */
        private MRow repost(MItem m, Department reporter, Role role, String title, int daysLater) {
            MRow r = row(m, reporter, role);
            r.title = title;
            r.date = daysLater == 0 ? m.date : workday(m.date.plusDays(daysLater));
            if (m.date.getYear() == YEAR && r.date.getYear() != YEAR && !m.note.equals("url-2019")) {
                r.date = m.date; // only the one planned re-post crosses into 2019
            }
            Columns c = cols(reporter);
            r.indexNo = c.indexNo() && chance(30) ? ownIndex(reporter, r.date) : null;
            r.url = c.url() && chance(30) ? ownUrl(reporter, r.date) : null;
            r.docNo = c.docNo() && m.docNo != null && chance(60) ? Variants.docNo(m.docNo, rnd) : null;
            reportChannels(r, m, c);
            r.labels = c.category() && chance(70) ? m.labels : List.of();
            return r;
        }

        /**
         * Channels shown by a re-listing: a subset of the item's channels. Half the time, for an item on
         * the website and elsewhere, the first row keeps only the website and this row brings the rest,
         * so only the union of the rows gives the item's channels.
         */
        private void reportChannels(MRow r, MItem m, Columns c) {
            Set<String> others = new LinkedHashSet<>(m.channels);
            others.remove(Vocabulary.WEBSITE);
            boolean web = m.channels.contains(Vocabulary.WEBSITE);
            r.channels = new LinkedHashSet<>();
            if (!c.channel()) {
                if (!web) {
                    throw new IllegalStateException("an item not on the website reported without a channel column");
                }
                return;
            }
            MRow first = rows.get(m.firstRow);
            if (web && !others.isEmpty() && first.channels.containsAll(others) && cols(first.folder).channel()
                    && chance(50)) {
                first.channels.removeAll(others);
                r.channels.addAll(others);
                return;
            }
            if (web && chance(30)) {
                return; // empty cell
            }
            for (String ch : m.channels) {
                if (chance(60)) {
                    r.channels.add(ch);
                }
            }
            if (r.channels.isEmpty()) {
                r.channels.add(web ? Vocabulary.WEBSITE : others.iterator().next());
            }
        }

        /** The government office's summary of key information, with a 发布单位 column. */
        private void summaryRows() {
            Department gov = Departments.named(Departments.GOVERNMENT_OFFICE);
            List<MItem> pool = items.stream().filter(m -> m.date.getYear() == YEAR && m.owner != gov
                    && !special.contains(m.id) && !m.labels.isEmpty()
                    && m.labels.stream().anyMatch(l -> Vocabulary.figureOf(l) != null)).toList();
            List<MItem> picked = new ArrayList<>(pool);
            Collections.shuffle(picked, rnd);
            for (MItem m : picked.subList(0, 120)) {
                MRow r = repost(m, gov, Role.SUMMARY, Variants.title(m.title, rnd, true, true), 0);
                r.departmentCell = m.owner.name();
                r.indexNo = m.indexNo != null && cols(m.owner).indexNo() ? Variants.indexNo(m.indexNo, rnd) : null;
                r.url = null;
                r.labels = m.labels;
                if (r.indexNo == null) {
                    r.role = Role.SAME_TITLE_DATE;
                }
                m.summarised = true;
            }
        }

        /** Townships re-post the government office's notices on their own boards. */
        private void townshipReposts() {
            Department gov = Departments.named(Departments.GOVERNMENT_OFFICE);
            List<Department> townships = depts(p -> p.dept().kind() == Department.Kind.TOWNSHIP);
            List<MItem> pool = new ArrayList<>(items.stream().filter(m -> m.owner == gov && m.date.getYear() == YEAR
                    && !special.contains(m.id)).toList());
            Collections.shuffle(pool, rnd);
            for (MItem m : pool.subList(0, 40)) {
                int copies = chance(50) ? 2 : 1;
                List<Department> ts = new ArrayList<>(townships);
                Collections.shuffle(ts, rnd);
                for (Department t : ts.subList(0, copies)) {
                    repost(m, t, Role.SAME_TITLE_DATE, Variants.title(m.title, rnd,
                            profiles.get(t).allowsLineBreaks(), allowQuotes(t)), 0);
                }
            }
        }

        /** Items two offices both list (joint notices, forwarded documents). */
        private void coReports() {
            List<MItem> pool = new ArrayList<>(items.stream().filter(m -> m.date.getYear() == YEAR
                    && !special.contains(m.id) && !m.summarised).toList());
            Collections.shuffle(pool, rnd);
            List<Department> all = depts(p -> p.scheme() != DeptProfile.Scheme.CUMULATIVE);
            int made = 0;
            for (MItem m : pool) {
                if (made == 150) {
                    break;
                }
                Department d = all.get(rnd.nextInt(all.size()));
                if (d == m.owner || (!m.channels.contains(Vocabulary.WEBSITE) && !cols(d).channel())) {
                    continue;
                }
                repost(m, d, Role.SAME_TITLE_DATE, Variants.title(m.title, rnd, profiles.get(d).allowsLineBreaks(),
                        allowQuotes(d)), 0);
                made++;
            }
        }

        /** The same row pasted twice into one file. */
        private void pastedTwice() {
            List<MRow> pool = new ArrayList<>(rows.stream().filter(r -> r.role == Role.PRIMARY
                    && r.date.getYear() == YEAR && !special.contains(r.item.id)
                    && profiles.get(r.folder).scheme() != DeptProfile.Scheme.CUMULATIVE).toList());
            Collections.shuffle(pool, rnd);
            for (MRow original : pool.subList(0, 15)) {
                MRow copy = row(original.item, original.folder, Role.COPY);
                copy.copyOf(original);
            }
        }

        /** 教育局 sends 1–6月 and then the whole year, repeating the first half. */
        private void cumulativeRepeats() {
            for (DeptProfile p : profiles.values()) {
                if (p.scheme() != DeptProfile.Scheme.CUMULATIVE) {
                    continue;
                }
                List<MRow> firstHalf = rows.stream().filter(r -> r.folder == p.dept() && r.role == Role.PRIMARY
                        && r.date.isBefore(LocalDate.of(YEAR, 7, 1))).toList();
                for (MRow original : firstHalf) {
                    MRow copy = row(original.item, original.folder, Role.COPY);
                    copy.copyOf(original);
                }
            }
        }

        private void rejectedRows() {
            List<Department> all = depts(p -> p.dept() != Departments.named("呼玛县档案馆"));
            String[] badDates = {"2018年13月", "2018年13月", "2018年13月", "2018年13月", "2018-02-30", "2018-02-30",
                "2018.13.01", "2018.13.01", "待定", "待定", "见附件", "2018年", "2018-6-31", "13/32/2018"};
            LocalDate[] outOfRange = {LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1),
                LocalDate.of(1900, 3, 5), LocalDate.of(2101, 1, 1), LocalDate.of(1900, 1, 1)};
            for (int i = 0; i < 10; i++) {
                Department d = all.get(rnd.nextInt(all.size()));
                MRow r = rejectRow(d, Role.REJECT_NO_TITLE);
                r.title = "";
                r.date = randomDate(YEAR);
            }
            for (String bad : badDates) {
                Department d = all.get(rnd.nextInt(all.size()));
                MRow r = rejectRow(d, Role.REJECT_BAD_DATE);
                r.date = randomDate(YEAR);
                r.title = titles.general(d, r.date);
                r.badDate = bad;
            }
            for (int i = 0; i < 6; i++) {
                Department d = all.get(rnd.nextInt(all.size()));
                MRow r = rejectRow(d, Role.REJECT_NO_DATE);
                r.date = randomDate(YEAR);
                r.title = titles.general(d, r.date);
                r.badDate = "";
            }
            for (LocalDate date : outOfRange) {
                Department d = all.get(rnd.nextInt(all.size()));
                MRow r = rejectRow(d, Role.REJECT_OUT_OF_RANGE);
                r.title = titles.general(d, LocalDate.of(YEAR, 6, 1));
                r.date = date;
            }
        }

        private MRow rejectRow(Department d, Role role) {
            MRow r = new MRow(rows.size(), null, d, role);
            rows.add(r);
            r.channels = new LinkedHashSet<>();
            if (cols(d).channel() && chance(50)) {
                r.channels.add(Vocabulary.pick(List.of("政府网站", "政务微信", "公开栏"), rnd));
            }
            r.labels = List.of();
            return r;
        }

        private List<SampleRequestRow> requests() {
            Department gov = Departments.named(Departments.GOVERNMENT_OFFICE);
            Department land = Departments.named("呼玛县自然资源局");
            Department centre = Departments.named("呼玛县政务服务中心");
            return List.of(
                    new SampleRequestRow(gov, "HMZF-YSQ-2017-015", "自然人", LocalDate.of(2017, 12, 27),
                            "申请公开2017年城区供热价格核定依据", "同意公开"),
                    new SampleRequestRow(gov, "HMZF-YSQ-2018-001", "自然人", LocalDate.of(2018, 3, 12),
                            "申请公开呼玛镇河西村道路硬化项目资金使用情况", "同意公开"),
                    new SampleRequestRow(gov, "HMZF-YSQ-2018-002", "法人或其他组织", LocalDate.of(2018, 6, 20),
                            "申请公开2018年政府采购目录及限额标准", "同意公开"),
                    // the same request entered twice in the log: counts once
                    new SampleRequestRow(gov, "HMZF-YSQ-2018-002", "法人或其他组织", LocalDate.of(2018, 6, 20),
                            "申请公开2018年政府采购目录及限额标准", "同意公开"),
                    new SampleRequestRow(land, "ZRZY-2018-01", "自然人", LocalDate.of(2018, 5, 8),
                            "申请公开本人宅基地所在地块的确权登记资料", "同意公开"),
                    new SampleRequestRow(land, "ZRZY-2018-02", "自然人", LocalDate.of(2018, 9, 14),
                            "申请公开呼玛镇迎宾路东侧地块征收补偿方案", "同意公开"),
                    // the same number as a request of the government office: another request all the same
                    new SampleRequestRow(centre, "HMZF-YSQ-2018-001", "自然人", LocalDate.of(2018, 11, 2),
                            "申请公开不动产登记办理时限规定", "同意公开"));
        }

        // ---------------------------------------------------------------- helpers

        private MItem item(Department owner, String title, LocalDate date, String note) {
            MItem m = new MItem(items.size(), owner, title, date, note);
            if (cols(owner).indexNo()) {
                m.indexNo = ownIndex(owner, date);
            }
            if (cols(owner).url()) {
                m.url = ownUrl(owner, date);
            }
            items.add(m);
            return m;
        }

        private MRow row(MItem item, Department folder, Role role) {
            MRow r = new MRow(rows.size(), item, folder, role);
            r.date = item.date;
            if (role == Role.PRIMARY) {
                item.firstRow = r.id;
            }
            rows.add(r);
            return r;
        }

        /** An index number as 呼玛县 writes them: organisation code, year, sequence. */
        private String ownIndex(Department d, LocalDate date) {
            int seq = indexSeq.merge(d, 1, Integer::sum);
            int org = Departments.all().indexOf(d);
            return String.format("MB0%06d-%d-%05d", 112300 + org * 7, date.getYear(), seq);
        }

        private String ownUrl(Department d, LocalDate date) {
            return "http://www.huma.gov.cn/" + d.code() + "/info/" + date.getYear() + "/" + (urlSeq++);
        }

        private Department other(List<Department> from, Department not) {
            Department d;
            do {
                d = from.get(rnd.nextInt(from.size()));
            } while (d == not);
            return d;
        }

        private boolean allowQuotes(Department d) {
            return profiles.get(d).formats().stream().allMatch(FileFormat::allowsDoubleQuotes);
        }

        private Department weighted(List<Department> from) {
            int total = from.stream().mapToInt(Department::weight).sum();
            int r = rnd.nextInt(total);
            for (Department d : from) {
                r -= d.weight();
                if (r < 0) {
                    return d;
                }
            }
            throw new IllegalStateException();
        }

        private LocalDate randomDate(int year) {
            LocalDate start = LocalDate.of(year, 1, 1);
            return workday(start.plusDays(rnd.nextInt(start.lengthOfYear())));
        }

        /** Offices publish on working days; a weekend date moves into the same year's nearest workday. */
        private LocalDate workday(LocalDate date) {
            LocalDate d = date;
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
                d = d.getDayOfYear() > 1 ? d.minusDays(1) : d.plusDays(2);
            } else if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.plusDays(1).getYear() == d.getYear() ? d.plusDays(1) : d.minusDays(2);
            }
            return d;
        }

        private static String quarter(LocalDate date) {
            return new String[] {"第一季度", "第二季度", "第三季度", "第四季度"}[(date.getMonthValue() - 1) / 3];
        }

        private boolean chance(int percent) {
            return rnd.nextInt(100) < percent;
        }
    }

    /** An item while it is being built. */
    private static final class MItem {
        final int id;
        final Department owner;
        final String title;
        final LocalDate date;
        final String note;
        String docNo;
        String indexNo;
        String url;
        List<String> labels = List.of();
        final List<String> channels = new ArrayList<>();
        /** 0 website only, 1 website and another channel, 2 other channels only; -1 not yet dealt */
        int channelClass = -1;
        int firstRow = -1;
        boolean summarised;

        MItem(int id, Department owner, String title, LocalDate date, String note) {
            this.id = id;
            this.owner = owner;
            this.title = title;
            this.date = date;
            this.note = note;
        }

        TrueItem freeze() {
            return new TrueItem(id, owner, title, date, docNo, indexNo, url, Collections.unmodifiableSet(new LinkedHashSet<>(channels)),
                    List.copyOf(labels), note);
        }
    }

    /** A row while it is being built. */
    private static final class MRow {
        final int id;
        final MItem item;
        final Department folder;
        Role role;
        String departmentCell;
        String title;
        LocalDate date;
        String badDate;
        Set<String> channels = new LinkedHashSet<>();
        List<String> labels = List.of();
        String docNo;
        String indexNo;
        String url;

        MRow(int id, MItem item, Department folder, Role role) {
            this.id = id;
            this.item = item;
            this.folder = folder;
            this.role = role;
        }

        void copyOf(MRow o) {
            title = o.title;
            date = o.date;
            channels = new LinkedHashSet<>(o.channels);
            labels = o.labels;
            docNo = o.docNo;
            indexNo = o.indexNo;
            url = o.url;
            departmentCell = o.departmentCell;
        }

        SampleItemRow freeze() {
            return new SampleItemRow(id, item == null ? null : item.id, folder, departmentCell, role, title, date, badDate,
                    Collections.unmodifiableSet(new LinkedHashSet<>(channels)), List.copyOf(labels), docNo, indexNo, url);
        }
    }

    static final Comparator<SampleItemRow> BY_DATE = Comparator.comparing(SampleItemRow::date).thenComparing(SampleItemRow::id);
}
