package org.pubstats.job;

import java.util.concurrent.atomic.AtomicLong;

import org.pubstats.intake.IntakeProgress;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints, at most every few seconds, how far the load has come: files done of total, rows per second.
 * The partitions' threads share one listener; only the thread that claims the moment prints.
 */
public class ProgressListener implements ChunkListener<Object, Object> {

    private static final long EVERY_NANOS = 3_000_000_000L;
    private final IntakeProgress progress;
    private final AtomicLong lastPrinted = new AtomicLong(System.nanoTime());

    public ProgressListener(IntakeProgress progress) {
        this.progress = progress;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        long last = lastPrinted.get();
        if (now - last >= EVERY_NANOS && lastPrinted.compareAndSet(last, now)) {
            System.out.printf("  读取中：%d/%d 个文件，%,d 行，每秒 %,.0f 行%n",
                    progress.filesDone(), progress.filesTotal(), progress.rowsRead(), progress.rowsPerSecond());
        }
    }
}
