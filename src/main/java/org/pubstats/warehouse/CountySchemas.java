package org.pubstats.warehouse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counties of region runs and their warehouses: {@code region_county} names each county's schema
 * ({@code county_<id>}); the schema holds the same tables as the database's own (the same Flyway migrations,
 * applied to it the first time a process works for the county, and again whenever a new one comes), except the
 * job repository, which stays one for all in the database's own schema.
 */
public class CountySchemas {

    private static final String[] JOB_REPOSITORY = {"batch_step_execution_context", "batch_job_execution_context",
            "batch_step_execution", "batch_job_execution_params", "batch_job_execution", "batch_job_instance"};
    private static final String[] JOB_SEQUENCES = {"batch_step_execution_seq", "batch_job_execution_seq",
            "batch_job_instance_seq"};

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Map<String, String> migrated = new ConcurrentHashMap<>();

    public CountySchemas(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The schema of {@code county}'s warehouse, made and migrated when needed. Call without a county set. */
    public String schemaOf(String county) {
        return migrated.computeIfAbsent(county, this::prepare);
    }

    /**
     * Flyway moves its connection to the schema it migrates: give it connections of its own, not the pool's,
     * whose search path {@link CountySchemaDataSource} keeps track of.
     */
    private DataSource ownConnections() {
        DataSource target = dataSource instanceof CountySchemaDataSource county ? county.getTargetDataSource() : dataSource;
        if (target instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(),
                    hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return target;
    }

    private String prepare(String county) {
        jdbc.update("INSERT INTO region_county (county) VALUES (?) ON CONFLICT (county) DO NOTHING", county);
        long id = jdbc.queryForObject("SELECT id FROM region_county WHERE county = ?", Long.class, county);
        String schema = "county_" + id;
        Flyway.configure()
                .dataSource(ownConnections())
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        for (String table : JOB_REPOSITORY) {
            jdbc.execute("DROP TABLE IF EXISTS " + schema + "." + table + " CASCADE");
        }
        for (String sequence : JOB_SEQUENCES) {
            jdbc.execute("DROP SEQUENCE IF EXISTS " + schema + "." + sequence);
        }
        return schema;
    }
}
