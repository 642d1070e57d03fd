package org.pubstats.warehouse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pubstats.intake.ControlCharacters;
import org.pubstats.intake.FileEnd;
import org.pubstats.intake.FileFailed;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.format.FileProblem;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;
import org.pubstats.normalise.SkippedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a chunk of interpreted rows in batches and closes each file's accounting when its end
 * arrives, in the same transaction: a file becomes active only with all its rows, and only when
 * rows read = accepted + rejected + skipped.
 *
 * <p>One bad value never stops the run: each file's part of a chunk is written under a savepoint
 * (a nested transaction). When the database refuses a value (a data exception, a constraint, a
 * limit such as the btree row size), only that part is rolled back, the file becomes a rejected file
 * with {@link FileProblem#DATABASE_REFUSED} — naming the sheet and row where it can be found — what
 * earlier chunks wrote of it is discarded, and its remaining rows are passed over. Any other database
 * error (connection lost, …) still fails the step.
 */
public class IntakeWriter implements ItemStreamWriter<IntakeRecord> {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final JdbcTemplate jdbc;
    private final FileRegistry files;
    private final long runId;
    private final TransactionTemplate savepoint;
    private final Map<Long, Tally> tallies = new HashMap<>();
    /** Files the database refused in this step: their later records are passed over. */
    private final java.util.Set<Long> refused = new java.util.HashSet<>();

    public IntakeWriter(JdbcTemplate jdbc, FileRegistry files, long runId, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.files = files;
        this.runId = runId;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private static final class Tally {
        int accepted;
        int rejected;
        int skipped;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        tallies.clear();
        refused.clear();
    }

    @Override
    public void write(Chunk<? extends IntakeRecord> chunk) {
        // The reader streams file by file, so a chunk is a run of consecutive parts, one per file.
        List<IntakeRecord> part = new ArrayList<>();
        FileRef partFile = null;
        for (IntakeRecord record : chunk) {
            FileRef file = record.file();
            if (partFile != null && file.fileId() != partFile.fileId()) {
                writeFilePart(partFile, part);
                part = new ArrayList<>();
            }
            partFile = file;
            part.add(record);
        }
        if (partFile != null) {
            writeFilePart(partFile, part);
        }
    }

    private void writeFilePart(FileRef file, List<IntakeRecord> part) {
        if (refused.contains(file.fileId())) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> writeRecords(part));
        } catch (DataAccessException e) {
            if (!refusedValue(e)) {
                throw e;
            }
            refuse(file, part, e);
        }
    }

    /** A value the database will not take, as opposed to a database that is unavailable. */
    static boolean refusedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException() == e ? null : e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The file's part was rolled back to its savepoint. Find the row the database refuses (each row
     * tried alone under a savepoint that is always rolled back), then record the file as rejected.
     */
    private void refuse(FileRef file, List<IntakeRecord> part, DataAccessException failure) {
        String where = "";
        String reason = databaseMessage(failure);
        for (IntakeRecord record : part) {
            if (!(record instanceof ItemRow || record instanceof RequestRow || record instanceof RejectedRow)) {
                continue;
            }
            try {
                savepoint.executeWithoutResult(status -> {
                    writeRecords(List.of(record));
                    status.setRollbackOnly();
                });
            } catch (DataAccessException e) {
                if (!refusedValue(e)) {
                    throw e;
                }
                where = locate(record);
                reason = databaseMessage(e);
                break;
            }
        }
        tallies.remove(file.fileId());
        refused.add(file.fileId());
        String message = ControlCharacters.strip("文件“" + file.relPath() + "”" + where + "有数据库无法保存的内容（" + reason
                + "），整个文件未采用，请检查后重新报送");
        log.warn("数据库拒绝保存文件 {} 的内容，该文件按未采用处理：{}{}", file.relPath(), where, reason);
        files.rejectWhole(file.fileId(), runId, FileProblem.DATABASE_REFUSED.name(), message);
    }

    private static String locate(IntakeRecord record) {
        String sheet;
        int row;
        if (record instanceof ItemRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else if (record instanceof RequestRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else if (record instanceof RejectedRow r) {
            sheet = r.sheet();
            row = r.rowNo();
        } else {
            return "";
        }
        return (sheet == null || sheet.isEmpty() ? "" : "工作表“" + sheet + "”") + "第" + row + "行";
    }

    /** The server's one-line reason, without the detail (which may repeat the whole refused row). */
    private static String databaseMessage(Throwable failure) {
        String text = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException e = sql.getNextException() != null ? sql.getNextException() : sql;
                text = e.getMessage();
            }
        }
        if (text == null) {
            text = String.valueOf(failure.getMessage());
        }
        text = text.lines().findFirst().orElse("").strip();
        if (text.startsWith("ERROR: ")) {
            text = text.substring("ERROR: ".length());
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private void writeRecords(List<? extends IntakeRecord> chunk) {
        List<ItemRow> items = new ArrayList<>();
        List<RequestRow> requests = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (IntakeRecord record : chunk) {
            if (record instanceof ItemRow item) {
                items.add(item);
                tally(item.file().fileId()).accepted++;
            } else if (record instanceof RequestRow request) {
                requests.add(request);
                tally(request.file().fileId()).accepted++;
            } else if (record instanceof RejectedRow row) {
                rejected.add(row);
                tally(row.file().fileId()).rejected++;
            } else if (record instanceof SkippedRow row) {
                tally(row.file().fileId()).skipped++;
            } else if (record instanceof FileEnd end) {
                flush(items, requests, rejected);
                finish(end);
            } else if (record instanceof FileFailed failed) {
                flush(items, requests, rejected);
                fail(failed);
            } else {
                throw new IllegalArgumentException("unexpected record " + record);
            }
        }
        flush(items, requests, rejected);
    }

    private Tally tally(long fileId) {
        return tallies.computeIfAbsent(fileId, id -> new Tally());
    }

    private void finish(FileEnd end) {
        Tally tally = tallies.remove(end.file().fileId());
        if (tally == null) {
            tally = new Tally();
        }
        int accounted = tally.accepted + tally.rejected + tally.skipped;
        if (accounted != end.rowsRead()) {
            throw new IllegalStateException("accounting error in " + end.file().relPath() + ": read " + end.rowsRead()
                    + " rows but accounted for " + accounted);
        }
        String message = end.skippedSheets().isEmpty() ? null : ControlCharacters.strip(end.skippedSheets().stream()
                .map(s -> "工作表“" + s.name() + "”未读取：" + s.why())
                .collect(Collectors.joining("；")));
        files.activate(end.file().fileId(), runId, end.kind().name().toLowerCase(java.util.Locale.ROOT),
                end.sheetsRead(), end.rowsRead(), tally.accepted, tally.rejected, tally.skipped, message);
    }

    private void fail(FileFailed failed) {
        tallies.remove(failed.file().fileId());
        files.rejectWhole(failed.file().fileId(), runId, failed.reason(),
                ControlCharacters.strip("文件“" + failed.file().relPath() + "”整体未能读取：" + failed.message()));
    }

    private void flush(List<ItemRow> items, List<RequestRow> requests, List<RejectedRow> rejected) {
        if (!items.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO item_row (file_id, sheet, row_no, department, title, title_norm, publish_date, channels,
                        categories, raw_channel, raw_category, unknown_channels, unknown_categories, channel_defaulted,
                        doc_no, doc_no_norm, index_no, index_no_norm, url, url_norm)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    items, items.size(), (ps, r) -> {
                        ps.setLong(1, r.file().fileId());
                        ps.setString(2, r.sheet());
                        ps.setInt(3, r.rowNo());
                        ps.setString(4, r.department());
                        ps.setString(5, r.title());
                        ps.setString(6, r.titleNorm());
                        ps.setDate(7, Date.valueOf(r.publishDate()));
                        ps.setArray(8, textArray(ps, r.channels()));
                        ps.setArray(9, textArray(ps, r.categories()));
                        ps.setString(10, r.rawChannel());
                        ps.setString(11, r.rawCategory());
                        ps.setArray(12, textArray(ps, r.unknownChannels()));
                        ps.setArray(13, textArray(ps, r.unknownCategories()));
                        ps.setBoolean(14, r.channelDefaulted());
                        ps.setString(15, r.docNo());
                        ps.setString(16, r.docNoNorm());
                        ps.setString(17, r.indexNo());
                        ps.setString(18, r.indexNoNorm());
                        ps.setString(19, r.url());
                        ps.setString(20, r.urlNorm());
                    });
            items.clear();
        }
        if (!requests.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO request_row (file_id, sheet, row_no, department, request_no, received_date,
                        applicant_type, outcome, request_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    requests, requests.size(), (ps, r) -> {
                        ps.setLong(1, r.file().fileId());
                        ps.setString(2, r.sheet());
                        ps.setInt(3, r.rowNo());
                        ps.setString(4, r.department());
                        ps.setString(5, r.requestNo());
                        ps.setDate(6, Date.valueOf(r.receivedDate()));
                        ps.setString(7, r.applicantType());
                        ps.setString(8, r.outcome());
                        ps.setString(9, r.requestKey());
                    });
            requests.clear();
        }
        if (!rejected.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO rejected_row (file_id, sheet, row_no, reason, message, raw_cells)
                    VALUES (?, ?, ?, ?, ?, ?)""",
                    rejected, rejected.size(), (ps, r) -> {
                        ps.setLong(1, r.file().fileId());
                        ps.setString(2, r.sheet());
                        ps.setInt(3, r.rowNo());
                        ps.setString(4, r.reason().name());
                        ps.setString(5, r.message());
                        ps.setArray(6, textArray(ps, r.rawCells()));
                    });
            rejected.clear();
        }
    }

    private static java.sql.Array textArray(PreparedStatement ps, Collection<String> values) throws SQLException {
        Connection connection = ps.getConnection();
        return connection.createArrayOf("text", values.toArray(new String[0]));
    }
}
