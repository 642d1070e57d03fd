package org.pubstats.warehouse;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The warehouse's data source: every connection handed out has the search path of the thread's county
 * ({@link CountySchema}) — {@code county_<n>, public} in a region partition, the session's own otherwise.
 * Pooled connections remember what they were given, so a connection is only told when it changes county, and
 * an ordinary county run never sends a statement more than before.
 */
public class CountySchemaDataSource extends DelegatingDataSource implements Closeable {

    /** The search path each physical connection was last given (absent: its session's own). */
    private final Map<Object, String> given = new WeakHashMap<>();

    public CountySchemaDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return adjusted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return adjusted(super.getConnection(username, password));
    }

    private Connection adjusted(Connection connection) throws SQLException {
        String schema = CountySchema.current();
        Object physical = physical(connection);
        String before;
        synchronized (given) {
            before = given.get(physical);
        }
        if (Objects.equals(before, schema)) {
            return connection;
        }
        try (Statement st = connection.createStatement()) {
            // The schema names are ours (county_<n>), never the office's text.
            st.execute(schema == null ? "RESET search_path" : "SET search_path TO " + schema + ", public");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        synchronized (given) {
            if (schema == null) {
                given.remove(physical);
            } else {
                given.put(physical, schema);
            }
        }
        return connection;
    }

    private static Object physical(Connection connection) throws SQLException {
        try {
            return connection.unwrap(org.postgresql.PGConnection.class);
        } catch (SQLException e) {
            return connection;
        }
    }

    @Override
    public void close() throws IOException {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
