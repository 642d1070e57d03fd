package org.pubstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application of pubstats: county disclosure spreadsheets in, a PostgreSQL warehouse and report
 * tables out. It is only the configuration root; the program starts in {@code ops.Launcher}, which reads the
 * command line and starts this application when a command needs the warehouse.
 */
@SpringBootApplication
public class PubstatsApplication {
}
