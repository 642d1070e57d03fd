package org.pubstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionPartitionerTest {

    @TempDir
    Path temp;

    @Test
    void countiesAreTheRegionInboxsOwnFoldersInNameOrder() throws Exception {
        Path region = Files.createDirectories(temp.resolve("region"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(region.resolve("漠河市"));
        Files.createDirectories(region.resolve("呼玛县"));
        Files.createDirectories(region.resolve(".git"));
        Files.writeString(region.resolve("说明.txt"), "not a county");
        Files.createSymbolicLink(region.resolve("塔河县"), elsewhere); // a link could lead outside the inbox

        assertThat(RegionPartitioner.counties(region)).containsExactly("呼玛县", "漠河市");
        assertThat(new RegionPartitioner(region).partition(2).values())
                .extracting(context -> context.getString(RegionPartitioner.COUNTY)).containsExactly("呼玛县", "漠河市");
    }
}
