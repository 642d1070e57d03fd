package org.pubstats.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Union-find for the few components a 分开 decision cuts ({@link KeptApart}): the same joins as
 * {@link RowComponents}, taken in a fixed order, except that two groups holding the two sides of one decision
 * are not joined. A group's root is its smallest row id, as an item's id is.
 */
final class CutComponents {

    private final KeptApart apart;
    private final Map<Long, Long> parent = new HashMap<>();
    /** The tags of each group, on its root. */
    private final Map<Long, int[]> tags = new HashMap<>();
    private long refused;

    CutComponents(KeptApart apart) {
        this.apart = apart;
    }

    /** Joins the rows' groups unless that would put both sides of a decision in one. */
    void union(long a, long b) {
        long ra = find(a);
        long rb = find(b);
        if (ra == rb) {
            return;
        }
        int[] ta = tags.get(ra);
        int[] tb = tags.get(rb);
        if (opposed(ta, tb)) {
            refused++;
            return;
        }
        long root = Math.min(ra, rb);
        long child = Math.max(ra, rb);
        parent.put(child, root);
        tags.put(root, concat(ta, tb));
        tags.remove(child);
    }

    /** The item of a row seen here: its group's smallest row id. */
    long itemOf(long row) {
        return find(row);
    }

    /** How many joins were refused. */
    long refused() {
        return refused;
    }

    private long find(long row) {
        Long p = parent.get(row);
        if (p == null) {
            parent.put(row, row);
            tags.put(row, apart.tagsOf(row));
            return row;
        }
        long root = row;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        for (long s = row; s != root; ) { // path compression: the groups are small, but chains of keys are long
            long next = parent.get(s);
            parent.put(s, root);
            s = next;
        }
        return root;
    }

    private static boolean opposed(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == -y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] concat(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every row seen here with its item. */
    Map<Long, Long> items() {
        Map<Long, Long> items = new HashMap<>();
        for (Long row : parent.keySet()) {
            items.put(row, find(row));
        }
        return items;
    }
}
