package org.pubstats.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the application on a real PostgreSQL, as the command line runs it (no web
 * server, no security: only {@code serve} starts those): a fresh database per test
 * class (see {@link TestDatabase}), and the warehouse emptied before each test.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "pubstats.jobs-dir=jobs")
public abstract class WarehouseTest {

    private static TestDatabase.Database database;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabase.freshDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @BeforeEach
    void emptyWarehouse() {
        jdbc.execute("TRUNCATE item_member, item, item_row, request_row, rejected_row, source_file, county_figures, run CASCADE");
    }
}
