package org.pubstats.dedup;

/**
 * Titles that are equal but for a leading unit or place name, the names differing: "北疆乡2018年第四季度计划免疫工作情况"
 * and "兴华乡2018年第四季度计划免疫工作情况" are two townships' reports, different information however alike the titles
 * (design.md §5), so the review list leaves them out. A leading name is a short start of the title that ends in a
 * unit word (乡, 镇, 局, 中心, 办事处 …); both titles must have one of their own. String scans only: this is asked
 * for the pairs alike enough to list, which are few.
 */
final class LeadingUnit {

    /** What the name of a unit or place ends in: township, village, office, bureau, school and the like. */
    private static final String[] UNIT_WORDS = {"乡", "镇", "村", "县", "街道", "社区", "局", "委", "办", "院", "所", "站",
        "中心", "队", "公司", "学校", "中学", "小学", "医院", "政府", "办事处", "办公室", "馆"};
    private static final int LONGEST_UNIT_WORD = 3;
    /** A department's name with its county (呼玛县食品药品检验检测中心) is this long at most; a longer start is no name. */
    static final int LONGEST_NAME = 16;
    /** What follows the names must be a title of its own, not a last character or two. */
    private static final int SHORTEST_REST = 2;

    private LeadingUnit() {
    }

    /** Whether the two normalised titles differ only in a leading unit or place name, each having its own. */
    static boolean onlyNamesDiffer(String a, String b) {
        int shared = commonSuffix(a, b);
        int ownA = a.length() - shared;
        int ownB = b.length() - shared;
        if (ownA == 0 || ownB == 0 || shared < SHORTEST_REST) {
            return false;
        }
        // The unit word may be shared too (北疆乡… and 兴华乡… share 乡…): the names may reach a few characters into the rest.
        for (int k = 0; k <= Math.min(LONGEST_UNIT_WORD, shared - SHORTEST_REST); k++) {
            if (ownA + k > LONGEST_NAME || ownB + k > LONGEST_NAME) {
                return false;
            }
            if (endsInUnitWord(a, ownA, ownA + k) && endsInUnitWord(b, ownB, ownB + k)) {
                return true;
            }
        }
        return false;
    }

    private static int commonSuffix(String a, String b) {
        int i = a.length();
        int j = b.length();
        while (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1)) {
            i--;
            j--;
        }
        return a.length() - i;
    }

    /**
     * Whether {@code title}'s first {@code end} characters end in a unit word that follows the title's own characters
     * (the first {@code own}) right away: 北疆|乡 is a name, 2018年11|月农村 is not.
     */
    private static boolean endsInUnitWord(String title, int own, int end) {
        for (String word : UNIT_WORDS) {
            int start = end - word.length();
            if (start > 0 && start <= own && title.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }
}
