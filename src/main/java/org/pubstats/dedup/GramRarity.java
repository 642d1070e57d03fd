package org.pubstats.dedup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongToDoubleFunction;

/**
 * How rare each title bigram is in a year: in how many of that year's department lists it occurs.
 * A frame every department writes (the county's name, "关于印发…的通知", "2018年", "工作情况") is
 * common and weighs little; a unit's own name, a place or a subject few departments write about is
 * rare and weighs much. Departments rather than items are counted because a unit's name is in every
 * title of its own list (hundreds of items) but in few other departments' lists: counted by items it
 * would look as common as the subjects it tells apart.
 *
 * <p>Counted in fixed memory, whatever the number of distinct bigrams (random titles have millions):
 * two hashed tables of counters (a count-min sketch), the smaller of the two counts is the estimate.
 * A collision can only make a bigram look more common, never rarer. Titles must come grouped by
 * department ({@link Counter#add}), so that each department counts once per bigram.
 */
final class GramRarity {

    /**
     * Departments that are assumed to use every bigram, besides the real ones: with a handful of
     * departments rarity cannot be told, so the weights stay nearly equal (plain bigram Dice), and
     * they spread out as departments add up.
     */
    static final double PRIOR_DEPARTMENTS = 10;

    private static final int ROWS = 2;
    private static final int MIN_BUCKETS = 1 << 12;
    private static final int MAX_BUCKETS = 1 << 21; // 2 rows × 2 tables × 8 MB at most

    private final int mask;
    private final int[][] counts;
    private final Map<Integer, Integer> departmentsPerYear;

    private GramRarity(int mask, int[][] counts, Map<Integer, Integer> departmentsPerYear) {
        this.mask = mask;
        this.counts = counts;
        this.departmentsPerYear = departmentsPerYear;
    }

    /** A counter sized for about {@code items} titles (about eight buckets per item, within bounds). */
    static Counter counter(long items) {
        long wanted = Math.max(MIN_BUCKETS, Math.min(MAX_BUCKETS, items * 8));
        return new Counter(Integer.highestOneBit((int) (wanted - 1)) << 1);
    }

    /** How many of the year's departments use the bigram (an estimate, never below the truth). */
    int departmentsUsing(int year, long gram) {
        int least = Integer.MAX_VALUE;
        for (int row = 0; row < ROWS; row++) {
            least = Math.min(least, counts[row][bucket(row, year, gram, mask)]);
        }
        return least;
    }

    /**
     * The bigram's weight in the year: its inverse department frequency, log(1 + departments / departments
     * using it), smoothed, and squared, as a shared term counts idf·idf in the TF-IDF cosine: a unit's name
     * (one department) then outweighs a list's frame that a few departments share, which idf alone does not.
     */
    double weight(int year, long gram) {
        return weight(year, gram, departmentsPerYear.getOrDefault(year, 0) + PRIOR_DEPARTMENTS);
    }

    private double weight(int year, long gram, double departments) {
        double idf = Math.log(1 + departments / (departmentsUsing(year, gram) + PRIOR_DEPARTMENTS));
        return idf * idf;
    }

    /** The weights of one year, for titles published in it. */
    LongToDoubleFunction year(int year) {
        double departments = departmentsPerYear.getOrDefault(year, 0) + PRIOR_DEPARTMENTS;
        return gram -> weight(year, gram, departments);
    }

    int departments(int year) {
        return departmentsPerYear.getOrDefault(year, 0);
    }

    private static int bucket(int row, int year, long gram, int mask) {
        long h = gram * 0x9E3779B97F4A7C15L + year * 0xC2B2AE3D27D4EB4FL + (row + 1) * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    /** Counts titles department by department; {@link #rarity()} gives the result. */
    static final class Counter {

        private final int mask;
        private final int[][] counts;
        /** Which department counted a bucket last, so that a department counts once per bucket. */
        private final int[][] countedBy;
        private final Map<Integer, Integer> departmentsPerYear = new HashMap<>();
        private final Set<Integer> yearsOfDepartment = new HashSet<>();
        private String department;
        private int departmentNo;

        private Counter(int buckets) {
            this.mask = buckets - 1;
            this.counts = new int[ROWS][buckets];
            this.countedBy = new int[ROWS][buckets];
        }

        /** One item's title; the titles of a department must come one after another. */
        void add(String department, int year, String titleNorm) {
            if (!department.equals(this.department)) {
                this.department = department;
                departmentNo++;
                yearsOfDepartment.clear();
            }
            if (yearsOfDepartment.add(year)) {
                departmentsPerYear.merge(year, 1, Integer::sum);
            }
            for (long gram : TitleSimilarity.bigrams(titleNorm)) {
                for (int row = 0; row < ROWS; row++) {
                    int b = bucket(row, year, gram, mask);
                    if (countedBy[row][b] != departmentNo) {
                        countedBy[row][b] = departmentNo;
                        counts[row][b]++;
                    }
                }
            }
        }

        GramRarity rarity() {
            return new GramRarity(mask, counts, Map.copyOf(departmentsPerYear));
        }
    }
}
