package org.pubstats.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A county's year of items for the review tests, in date order: about a hundred departments, bureaus
 * with work plans, notices and quarterly reports, townships with monthly lists (titles alike in form,
 * different in unit, subject or month), and planted duplicates: a title published again one to three
 * days later by its department, as it was or in other words ({@link #variant}).
 */
final class GeneratedYear {

    static final List<String> TOWNSHIPS = List.of("北疆乡", "兴华乡", "金山乡", "鸥浦乡", "三卡乡", "韩家园镇", "呼玛镇", "白银纳乡");
    static final List<String> FIELDS = List.of("林业", "水务", "气象", "档案", "统计", "粮食", "商务", "文化", "体育", "旅游",
            "科技", "工信", "市场", "信访", "医保", "税务", "人防", "供销", "邮政", "电力", "教育", "财政", "民政", "司法");
    static final List<String> KINDS = List.of("局", "服务中心", "管理站", "监督所");
    static final List<String> SUBJECTS = List.of("耕地保护", "食品安全", "计划免疫", "河长制", "精准扶贫", "安全生产",
            "森林防火", "乡村振兴", "冬季供暖", "机构改革", "档案管理", "边境管理", "防汛抗旱", "秸秆禁烧", "招商引资");
    static final List<String> LISTS = List.of("行政许可事项办理结果", "农村低保对象名单", "权责清单调整情况", "户籍办理事项");

    record Planted(String title, LocalDate first, LocalDate again, String againTitle) {}

    final List<ReviewItem> items = new ArrayList<>();
    final List<Planted> planted = new ArrayList<>();

    GeneratedYear(int itemsPerDepartment, int duplicates, long seed) {
        Random random = new Random(seed);
        List<ReviewItem> unordered = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (String field : FIELDS) {
            for (String kind : KINDS) {
                departments.add("呼玛县" + field + kind);
            }
        }
        TOWNSHIPS.forEach(t -> departments.add(t + "人民政府"));
        for (String department : departments) {
            boolean township = department.endsWith("人民政府");
            for (int n = 0; n < itemsPerDepartment; n++) {
                LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365));
                String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
                String title = township
                        ? department.replace("人民政府", "") + "2018年" + date.getMonthValue() + "月"
                          + LISTS.get(random.nextInt(LISTS.size())) + (random.nextBoolean() ? "公示" : "公开")
                        : switch (random.nextInt(3)) {
                            case 0 -> department + "关于印发2018年" + subject + "工作要点的通知";
                            case 1 -> department + "2018年第" + "一二三四".charAt((date.getMonthValue() - 1) / 3) + "季度" + subject + "工作情况";
                            default -> department + "关于召开" + subject + "工作会议的通知";
                        };
                unordered.add(item(unordered.size(), title, date, department));
            }
        }
        for (int d = 0; d < duplicates; d++) {
            ReviewItem original = unordered.get(random.nextInt(unordered.size()));
            LocalDate again = original.date().plusDays(1 + random.nextInt(3));
            String againTitle = d % 2 == 0 ? original.titleNorm() : variant(original.titleNorm());
            if (again.getYear() == 2018) {
                unordered.add(item(unordered.size(), againTitle, again, original.department()));
                planted.add(new Planted(original.titleNorm(), original.date(), again, againTitle));
            }
        }
        unordered.sort(Comparator.comparing(ReviewItem::date).thenComparingLong(ReviewItem::itemId));
        items.addAll(unordered);
    }

    /** The same information in other words: 公示 for 公开 and back, 通告 for 通知; other titles as they were. */
    static String variant(String title) {
        if (title.endsWith("公示")) {
            return title.replace("公示", "公开");
        }
        if (title.endsWith("公开")) {
            return title.replace("公开", "公示");
        }
        return title.endsWith("通知") ? title.replace("通知", "通告") : title;
    }

    private static ReviewItem item(int n, String title, LocalDate date, String department) {
        return new ReviewItem(n + 1, n + 1, title, date, department);
    }

    /** The rarity of the year, departments one after another as the review pass counts them. */
    GramRarity rarity() {
        GramRarity.Counter counter = GramRarity.counter(items.size());
        items.stream().sorted(Comparator.comparing(ReviewItem::department))
                .forEach(item -> counter.add(item.department(), item.date().getYear(), item.titleNorm()));
        return counter.rarity();
    }
}
