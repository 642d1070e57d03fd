package org.pubstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** pubstats: county disclosure spreadsheets in, a PostgreSQL warehouse and report tables out. */
@SpringBootApplication
public class PubstatsApplication {

    public static void main(String[] args) {
        org.pubstats.ops.Launcher.localeWarning(System.getProperty("sun.jnu.encoding")).ifPresent(System.err::println);
        System.exit(org.pubstats.ops.Launcher.launch(args));
    }
}
