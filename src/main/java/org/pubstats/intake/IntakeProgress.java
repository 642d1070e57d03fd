package org.pubstats.intake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters the readers of the load step's partitions update, from their own threads, and the console
 * progress line reads: files done of this run's total, rows read, rows per second since the load began.
 */
public final class IntakeProgress {

    private final AtomicInteger filesTotal = new AtomicInteger();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicLong rowsRead = new AtomicLong();
    private volatile long startedNanos = System.nanoTime();

    /** A load begins: {@code total} files among all partitions. */
    public void start(int total) {
        filesTotal.set(total);
        filesDone.set(0);
        rowsRead.set(0);
        startedNanos = System.nanoTime();
    }

    void fileDone() {
        filesDone.incrementAndGet();
    }

    void rowRead() {
        rowsRead.incrementAndGet();
    }

    public int filesTotal() {
        return filesTotal.get();
    }

    public int filesDone() {
        return filesDone.get();
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public double rowsPerSecond() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : rowsRead.get() / seconds;
    }
}
