package org.pubstats.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The region step's partitions: one per county, that is per folder of the region inbox, in name order. A
 * partition's ExecutionContext carries only the county's name; the worker finds the rest in the job parameters
 * and its county's warehouse.
 */
public class RegionPartitioner implements Partitioner {

    public static final String COUNTY = "county";

    private final Path inbox;

    public RegionPartitioner(Path inbox) {
        this.inbox = inbox;
    }

    /**
     * The county folders of a region inbox, in name order: hidden folders left out, and links too, which could lead
     * outside the inbox (design.md §2.1: nothing outside it is read).
     */
    public static List<String> counties(Path inbox) {
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the region inbox " + inbox, e);
        }
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<String> counties = counties(inbox);
        for (int i = 0; i < counties.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(COUNTY, counties.get(i));
            partitions.put(String.format("county%04d", i), context);
        }
        return partitions;
    }
}
