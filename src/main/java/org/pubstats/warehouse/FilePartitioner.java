package org.pubstats.warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

import org.pubstats.intake.IntakeProgress;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Shares this run's planned files out among the partitions of the load step, balanced by size: the
 * largest file first, each to the partition with the fewest bytes so far. A partition's ExecutionContext
 * carries only its file ids, as text, so the worker step needs nothing but the database, the job
 * parameters and that context — it can as well run in another process.
 */
public class FilePartitioner implements Partitioner {

    /** The partition's files: warehouse ids, comma separated. */
    public static final String FILE_IDS = "fileIds";

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
            context.putString(FILE_IDS, share.fileIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
            context.putLong("bytes", share.bytes());
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** The ids a partition's {@link #FILE_IDS} names. */
    public static List<Long> fileIds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    /** One partition's files and their bytes together. */
    record Share(List<Long> fileIds, long bytes) {}

    /**
     * At most {@code partitions} shares, none empty, the largest file placed first into the share with the
     * fewest bytes (within 4/3 of the best split); the same files always give the same shares.
     */
    static List<Share> balance(List<FileRegistry.PlannedSize> planned, int partitions) {
        int count = Math.min(Math.max(partitions, 1), planned.size());
        List<FileRegistry.PlannedSize> largestFirst = new ArrayList<>(planned);
        largestFirst.sort(Comparator.comparingLong(FileRegistry.PlannedSize::sizeBytes).reversed()
                .thenComparingLong(FileRegistry.PlannedSize::fileId));
        List<List<Long>> ids = new ArrayList<>();
        long[] bytes = new long[count];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(i -> bytes[i]).thenComparingInt(i -> i));
        for (int i = 0; i < count; i++) {
            ids.add(new ArrayList<>());
            lightest.add(i);
        }
        for (FileRegistry.PlannedSize file : largestFirst) {
            int share = lightest.poll();
            ids.get(share).add(file.fileId());
            bytes[share] += file.sizeBytes();
            lightest.add(share);
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shares.add(new Share(List.copyOf(ids.get(i)), bytes[i]));
        }
        return shares;
    }
}
