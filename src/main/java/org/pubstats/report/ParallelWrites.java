package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files written on a small pool, as many threads as processors. The queue is as short as the pool: when it is
 * full, the thread that hands a file over writes it itself, so the data waiting to be written (a department's
 * lines each) stays bounded however many departments there are.
 */
final class ParallelWrites implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final List<Future<Path>> pending = new ArrayList<>();

    ParallelWrites(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
                task -> {
                    Thread thread = new Thread(task, "pubstats-export-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    static ParallelWrites onAllProcessors() {
        return new ParallelWrites(Runtime.getRuntime().availableProcessors());
    }

    void submit(Callable<Path> write) {
        pending.add(pool.submit(write));
    }

    /** Waits for every file handed over; the first failure is thrown (the others are still waited for). */
    List<Path> awaitAll() {
        List<Path> written = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<Path> file : pending) {
            try {
                written.add(file.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing files", e);
            }
        }
        pending.clear();
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
