package org.pubstats.dedup;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes review pairs to {@code review_pair} with PostgreSQL's COPY, a batch at a time, on the
 * connection of the running transaction (the step's), so the list is replaced as a whole or not at all.
 * Holds one batch of text, never the pairs.
 */
final class ReviewPairCopy implements Consumer<ReviewPair> {

    static final int BATCH = 10_000;
    private static final String COPY = "COPY review_pair (item_a, item_b, row_a, row_b, similarity, reason) FROM STDIN";

    private final DataSource dataSource;
    private final StringBuilder batch = new StringBuilder();
    private int inBatch;

    ReviewPairCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void accept(ReviewPair pair) {
        batch.append(pair.itemA()).append('\t').append(pair.itemB()).append('\t')
                .append(pair.rowA()).append('\t').append(pair.rowB()).append('\t')
                .append(pair.similarity()).append('\t').append(pair.reason().label()).append('\n');
        if (++inBatch >= BATCH) {
            flush();
        }
    }

    /** Sends what is left. */
    void finish() {
        flush();
    }

    private void flush() {
        if (inBatch == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(COPY, new StringReader(batch.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the review list: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        batch.setLength(0);
        inBatch = 0;
    }
}
