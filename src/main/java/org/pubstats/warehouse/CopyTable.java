package org.pubstats.warehouse;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The COPY of one table: its columns, the records that go into it and how one becomes a line. Lines are
 * encoded straight from the records into blocks of about 64 kB and sent as they fill, so no second copy
 * of the rows is built; a table none of the records belong to is not touched.
 */
record CopyTable<T>(String table, List<String> columns, Class<T> type, BiConsumer<T, CopyLine> line) {

    private static final int BLOCK_CHARS = 32 * 1024; // up to 64 kB of UTF-8 for Chinese text (96 kB worst case)

    String statement() {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT text)";
    }

    /** Copies the records of this table's type among {@code records}; returns the number of rows copied. */
    long copy(CopyManager copyManager, Iterable<?> records) throws SQLException {
        CopyIn copy = null;
        StringBuilder block = new StringBuilder(BLOCK_CHARS + 1024);
        CopyLine copyLine = new CopyLine(block);
        try {
            for (Object record : records) {
                if (!type.isInstance(record)) {
                    continue;
                }
                if (copy == null) {
                    copy = copyManager.copyIn(statement());
                }
                line.accept(type.cast(record), copyLine);
                copyLine.end();
                if (block.length() >= BLOCK_CHARS) {
                    send(copy, block);
                }
            }
            if (copy == null) {
                return 0;
            }
            send(copy, block);
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    private static void send(CopyIn copy, StringBuilder block) throws SQLException {
        if (block.length() > 0) {
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            block.setLength(0);
        }
    }

    /** Leaves the connection usable (the transaction rolls back to its savepoint) after a failed COPY. */
    private static void cancel(CopyIn copy, Exception failure) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
