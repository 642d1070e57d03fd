package org.pubstats.ops;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code <home>/pubstats.lock}, held only while the embedded server is started or joined, and while a user leaves
 * it (and the last one stops it): one process at a time decides whether the server runs.
 */
final class HomeLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the lock up to {@code waitMillis}, then gives up with a message for the office. */
    static HomeLock acquire(Path home, long waitMillis) throws IOException, WarehouseDatabase.BusyException {
        Path file = home.resolve("pubstats.lock");
        WarehouseHome.privateFile(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        long until = System.currentTimeMillis() + waitMillis;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new HomeLock(channel, lock);
            }
            if (System.currentTimeMillis() > until) {
                channel.close();
                throw new WarehouseDatabase.BusyException("另一个 pubstats 正在启动或停止 " + home
                        + " 中的内置数据库，等待超时，请稍后再运行。");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new IOException("interrupted while waiting for " + file, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
