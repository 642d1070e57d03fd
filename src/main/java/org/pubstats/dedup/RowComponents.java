package org.pubstats.dedup;

import java.io.IOException;

/**
 * Union-find over row ids, for the rows that share a binding key with another row (most rows share
 * none and never enter). Primitive arrays in one open-addressing table: a row's slot is its node, so
 * ten million rows take about 200 MB, and a component's root is its smallest row id — the item id.
 */
final class RowComponents {

    private static final int EMPTY = -1;

    private long[] ids;
    private int[] parent;
    private int size;

    RowComponents() {
        allocate(1 << 12);
    }

    private void allocate(int capacity) {
        ids = new long[capacity];
        parent = new int[capacity];
        java.util.Arrays.fill(parent, EMPTY);
        size = 0;
    }

    /** Rows {@code a} and {@code b} are the same information. */
    void union(long a, long b) {
        if ((size + 2) * 4L >= ids.length * 3L) {
            grow(); // before looking up either row: growing moves every slot
        }
        int ra = find(slot(a));
        int rb = find(slot(b));
        if (ra == rb) {
            return;
        }
        if (ids[ra] < ids[rb]) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
    }

    /** The item of a row: its component's smallest row id, or the row itself when it was joined to none. */
    long itemOf(long row) {
        int mask = ids.length - 1;
        for (int s = mix(row) & mask; parent[s] != EMPTY; s = (s + 1) & mask) {
            if (ids[s] == row) {
                return ids[find(s)];
            }
        }
        return row;
    }

    int rows() {
        return size;
    }

    /** Every row that was joined to another, with its component's smallest row id (itself for that row). */
    void forEach(RowItem rowAndItem) throws IOException {
        for (int s = 0; s < ids.length; s++) {
            if (parent[s] != EMPTY) {
                rowAndItem.accept(ids[s], ids[find(s)]);
            }
        }
    }

    interface RowItem {
        void accept(long row, long item) throws IOException;
    }

    /** Path halving: every other node on the way points to its grandparent. */
    private int find(int s) {
        while (parent[s] != s) {
            parent[s] = parent[parent[s]];
            s = parent[s];
        }
        return s;
    }

    private int slot(long id) {
        int mask = ids.length - 1;
        int s = mix(id) & mask;
        while (parent[s] != EMPTY) {
            if (ids[s] == id) {
                return s;
            }
            s = (s + 1) & mask;
        }
        ids[s] = id;
        parent[s] = s;
        size++;
        return s;
    }

    /** Doubles the table; parents are slots, so they are moved along with their rows. */
    private void grow() {
        long[] oldIds = ids;
        int[] oldParent = parent;
        int[] moved = new int[oldIds.length];
        allocate(oldIds.length * 2);
        for (int s = 0; s < oldIds.length; s++) {
            if (oldParent[s] != EMPTY) {
                moved[s] = slot(oldIds[s]);
            }
        }
        for (int s = 0; s < oldIds.length; s++) {
            if (oldParent[s] != EMPTY) {
                parent[moved[s]] = moved[oldParent[s]];
            }
        }
    }

    private static int mix(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
