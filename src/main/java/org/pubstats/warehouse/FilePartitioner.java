package org.pubstats.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pubstats.intake.IntakeProgress;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Shares this run's planned files out among the partitions of the load step: consecutive runs of file
 * ids (the plan registers files in path order), cut where the bytes so far come closest to an equal share.
 * A partition's ExecutionContext carries only its first and last file id — two numbers, however many
 * files — so the worker step needs nothing but the database, the job parameters and that context, and
 * can as well run in another process; and the context Spring Batch saves with every chunk stays small.
 */
public class FilePartitioner implements Partitioner {

    /** The partition's files are this run's planned files with ids from {@code FIRST_FILE_ID} to {@code LAST_FILE_ID}. */
    public static final String FIRST_FILE_ID = "firstFileId";
    public static final String LAST_FILE_ID = "lastFileId";

    private final FileRegistry files;
    private final long runId;
    private final IntakeProgress progress;

    public FilePartitioner(FileRegistry files, long runId, IntakeProgress progress) {
        this.files = files;
        this.runId = runId;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<FileRegistry.PlannedSize> planned = files.loadingSizes(runId);
        progress.start(planned.size());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<Share> shares = balance(planned, gridSize);
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            ExecutionContext context = new ExecutionContext();
            context.putLong(FIRST_FILE_ID, share.firstFileId());
            context.putLong(LAST_FILE_ID, share.lastFileId());
            context.putInt("files", share.files());
            context.putLong("bytes", share.bytes());
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** One partition: the planned files with ids from first to last, how many and their bytes together. */
    record Share(long firstFileId, long lastFileId, int files, long bytes) {}

    /**
     * At most {@code partitions} shares, none empty, each a run of consecutive planned files in id order,
     * cut where the bytes so far come closest to k/n of all: each share is within a file's size of an
     * equal share.
     */
    static List<Share> balance(List<FileRegistry.PlannedSize> planned, int partitions) {
        List<FileRegistry.PlannedSize> byId = new ArrayList<>(planned);
        byId.sort(Comparator.comparingLong(FileRegistry.PlannedSize::fileId));
        int count = Math.min(Math.max(partitions, 1), byId.size());
        long total = byId.stream().mapToLong(FileRegistry.PlannedSize::sizeBytes).sum();
        List<Share> shares = new ArrayList<>();
        int start = 0;
        long before = 0;
        for (int k = 1; k <= count; k++) {
            double goal = (double) total * k / count;
            int end = start + 1; // every share takes at least one file
            long cumulative = before + byId.get(start).sizeBytes();
            int lastEnd = byId.size() - (count - k); // and leaves one for each share after it
            while (end < lastEnd) {
                long next = cumulative + byId.get(end).sizeBytes();
                if (Math.abs(next - goal) > Math.abs(cumulative - goal)) {
                    break;
                }
                cumulative = next;
                end++;
            }
            if (k == count) {
                end = byId.size();
                cumulative = total;
            }
            shares.add(new Share(byId.get(start).fileId(), byId.get(end - 1).fileId(), end - start, cumulative - before));
            start = end;
            before = cumulative;
        }
        return shares;
    }
}
