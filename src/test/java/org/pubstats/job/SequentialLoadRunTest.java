package org.pubstats.job;

import org.springframework.test.context.TestPropertySource;

/** The many small files read by one thread, in small chunks: what the partitioned load must equal. */
@TestPropertySource(properties = {"pubstats.load-threads=1", "pubstats.chunk-size=16"})
class SequentialLoadRunTest extends ManySmallFilesRun {
}
