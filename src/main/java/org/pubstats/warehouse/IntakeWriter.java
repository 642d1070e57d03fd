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

import org.pubstats.intake.FileEnd;
import org.pubstats.intake.FileFailed;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;
import org.pubstats.normalise.SkippedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of interpreted rows in batches and closes each file's accounting when its end
 * arrives, in the same transaction: a file becomes active only with all its rows, and only when
 * rows read = accepted + rejected + skipped.
 */
public class IntakeWriter implements ItemStreamWriter<IntakeRecord> {

    private final JdbcTemplate jdbc;
    private final FileRegistry files;
    private final long runId;
    private final Map<Long, Tally> tallies = new HashMap<>();

    public IntakeWriter(JdbcTemplate jdbc, FileRegistry files, long runId) {
        this.jdbc = jdbc;
        this.files = files;
        this.runId = runId;
    }

    private static final class Tally {
        int accepted;
        int rejected;
        int skipped;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        tallies.clear();
    }

    @Override
    public void write(Chunk<? extends IntakeRecord> chunk) {
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
        String message = end.skippedSheets().isEmpty() ? null : end.skippedSheets().stream()
                .map(s -> "工作表“" + s.name() + "”未读取：" + s.why())
                .collect(Collectors.joining("；"));
        files.activate(end.file().fileId(), runId, end.kind().name().toLowerCase(java.util.Locale.ROOT),
                end.sheetsRead(), end.rowsRead(), tally.accepted, tally.rejected, tally.skipped, message);
    }

    private void fail(FileFailed failed) {
        tallies.remove(failed.file().fileId());
        files.discardRows(failed.file().fileId());
        String message = "文件“" + failed.file().relPath() + "”整体未能读取：" + failed.message();
        jdbc.update("INSERT INTO rejected_row (file_id, sheet, row_no, reason, message) VALUES (?, NULL, NULL, ?, ?)",
                failed.file().fileId(), failed.reason(), message);
        files.activate(failed.file().fileId(), runId, "rejected", 0, 0, 0, 0, 0, message);
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
